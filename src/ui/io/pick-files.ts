/**
 * Opens the browser's file picker and resolves with the files chosen (none when cancelled).
 * The input is made for the one pick and never put in the page, so each import has its own
 * picker without hidden inputs piling up in the document.
 */
export function pickFiles(accept: string, multiple = false): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}
