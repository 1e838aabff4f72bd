import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './browser';
import {
  dragBoard,
  editList,
  findBoard,
  node,
  openTab,
  panel,
  waitSaved,
  workspaceMenu,
} from './app';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => browser?.close());

/**
 * One change a user makes, what shows it is there, and what shows it has been taken back.
 * `present` runs after the reload; `undone` runs after the Undo that takes this change back,
 * every later change having been undone already.
 */
interface Step {
  what: string;
  present(page: Page): Promise<void>;
  undone(page: Page): Promise<void>;
}

const SCENARIO = 'Every operation';
const NEW_BOARD = 'Gwent Serious Violence Board';
const SCENARIO_BOARD = 'Gwent Violence Prevention Board';
const MERGED = 'Dyfed-Powys SVOC and CONTEST Board';
const TRACKER_TEXT = 'Safer Gwent and G7 agreed to meet back-to-back.';
const NOTE = 'Different remits, agreed at the March board';

const text = async (locator: Locator) => (await locator.textContent()) ?? '';
const scenarios = (page: Page) => page.getByRole('tabpanel', { name: 'Scenarios' });
const tracker = (page: Page) => page.getByRole('tabpanel', { name: 'Tracker' });
const duplication = (page: Page) => page.getByRole('tabpanel', { name: 'Duplication' });
const actions = (page: Page) =>
  panel(page).getByRole('region', { name: 'Scenario actions for this board' });
const layoutState = (page: Page) => page.getByRole('group', { name: 'Layout' }).getByRole('status');
const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo' });
const boardsNamed = (page: Page, name: string) =>
  page.locator('.svelte-flow__node .name', { hasText: name });
/** Where a board sits on the canvas, in the graph's own coordinates (not the screen's). */
const placeOf = (page: Page, id: string) =>
  node(page, id).evaluate((el) => (el as HTMLElement).style.transform);

async function showGraph(page: Page) {
  await page.getByRole('tab', { name: 'Graph' }).click();
  await page.locator('.svelte-flow__node').first().waitFor();
}

async function showTracker(page: Page) {
  await page.getByRole('tab', { name: 'Tracker' }).click();
  // The tracker view loads on first use: wait for it rather than read an empty panel.
  await tracker(page).getByRole('heading', { name: 'Rationalisation tracker' }).waitFor();
}

/** What the board panel says of a board: its facts, members and relations, not the forms' options. */
const facts = async (page: Page) =>
  (
    await panel(page).locator('dl.facts, ul.members .org, ul.relations .link').allTextContents()
  ).join(' ');

async function panelOf(page: Page, id: string): Promise<string> {
  await selectBoard(page, id);
  return facts(page);
}

const heading = (page: Page, prefix: 'Members' | 'Relations') =>
  text(panel(page).getByRole('heading', { name: new RegExp(`^${prefix} `) }));

async function openScenario(page: Page) {
  await page.getByLabel('Viewing').first().selectOption({ label: SCENARIO });
  await openTab(page, 'Scenarios');
}

/** Takes the whole of a police region as the footprint, in the footprint picker under `scope`. */
async function takeRegion(scope: Locator, region: string) {
  await scope.getByLabel('Region system').selectOption('police');
  await scope.getByLabel('Region', { exact: true }).selectOption(region);
  await scope.getByRole('button', { name: 'Only this region' }).click();
}

/** A scenario operation is there when the scenario lists it, and gone when it no longer does. */
function operation(what: string, count: number, line: string): Step {
  const list = async (page: Page) => {
    await openTab(page, 'Scenarios');
    return text(scenarios(page));
  };
  return {
    what,
    present: async (page) => expect(await list(page)).toContain(line),
    undone: async (page) => {
      await expect.poll(() => list(page)).toContain(`Operations (${count - 1})`);
      expect(await list(page)).not.toContain(line);
    },
  };
}

/**
 * Opens a board's panel by its id when checking results: the click goes to the board itself,
 * wherever the camera or the legend happens to be after a reload or an undo.
 */
async function selectBoard(page: Page, id: string): Promise<void> {
  await node(page, id).dispatchEvent('click');
  await page.locator('#board-title').waitFor();
}

describe('every edit survives a reload', () => {
  it('keeps every edit kind and every scenario operation, each with its undo entry', async () => {
    const { page, context } = await openApp(browser);
    const steps: Step[] = [];

    // A workspace of its own, so that nothing another test did shows here.
    await workspaceMenu(page, 'New from seed');
    await page.getByRole('dialog').getByLabel('Name').fill('Every edit');
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await waitSaved(page);
    expect(await undoButton(page).isDisabled()).toBe(true);
    expect(await text(layoutState(page))).not.toContain('pinned');

    // Add board, its footprint a whole region taken with the region picker.
    await page.getByRole('button', { name: 'Add board' }).click();
    const addForm = page.getByRole('dialog', { name: 'Add a board' });
    await addForm.getByLabel('Name', { exact: true }).fill(NEW_BOARD);
    await addForm.getByLabel('Level').selectOption('regional');
    await takeRegion(addForm, 'Gwent');
    await addForm.getByLabel('serious violence').check();
    await addForm.getByRole('button', { name: 'Add board' }).click();
    await waitSaved(page);
    expect(await boardsNamed(page, NEW_BOARD).count()).toBe(1);
    steps.push({
      what: 'add a board',
      present: async (p) => {
        expect(await boardsNamed(p, NEW_BOARD).count()).toBe(1);
        await findBoard(p, NEW_BOARD);
        const details = await facts(p);
        for (const area of ['Blaenau Gwent', 'Caerphilly', 'Monmouthshire', 'Newport', 'Torfaen'])
          expect(details).toContain(area);
      },
      undone: async (p) => expect.poll(() => boardsNamed(p, NEW_BOARD).count()).toBe(0),
    });

    // Edit board: the footprint changed with the region picker.
    await findBoard(page, 'Powys Area Planning Board');
    expect(await facts(page)).not.toContain('Carmarthenshire');
    await panel(page).getByRole('button', { name: 'Edit board' }).click();
    await takeRegion(panel(page), 'Dyfed-Powys');
    await panel(page).getByRole('button', { name: 'Save changes' }).click();
    await waitSaved(page);
    steps.push({
      what: 'edit a board’s footprint',
      present: async (p) => {
        const details = await panelOf(p, 'powys-apb');
        for (const area of ['Ceredigion', 'Pembrokeshire', 'Carmarthenshire', 'Powys'])
          expect(details).toContain(area);
      },
      undone: async (p) => expect(await panelOf(p, 'powys-apb')).not.toContain('Carmarthenshire'),
    });

    // Add a member.
    await findBoard(page, 'Home Office Advisory Group');
    expect(await heading(page, 'Members')).toBe('Members (2)');
    await editList(page, 'members');
    const addMember = panel(page).getByRole('form', { name: 'Add member' });
    await addMember.getByLabel('Organisation').selectOption({ label: 'Gwent Police' });
    await addMember.getByRole('button', { name: 'Add member' }).click();
    await waitSaved(page);
    steps.push({
      what: 'add a member',
      present: async (p) => {
        expect(await panelOf(p, 'hoag')).toContain('Gwent Police');
        expect(await heading(p, 'Members')).toBe('Members (3)');
      },
      undone: async (p) => {
        expect(await panelOf(p, 'hoag')).not.toContain('Gwent Police');
        expect(await heading(p, 'Members')).toBe('Members (2)');
      },
    });

    // Remove a member.
    await findBoard(page, 'Justice in Wales Strategy Group');
    await editList(page, 'members');
    await panel(page).getByRole('button', { name: 'Remove Ministry of Justice' }).click();
    await waitSaved(page);
    steps.push({
      what: 'remove a member',
      present: async (p) => {
        expect(await panelOf(p, 'jiwsg')).not.toContain('Ministry of Justice');
        expect(await heading(p, 'Members')).toBe('Members (1)');
      },
      undone: async (p) => {
        expect(await panelOf(p, 'jiwsg')).toContain('Ministry of Justice');
        expect(await heading(p, 'Members')).toBe('Members (2)');
      },
    });

    // Add a relation.
    await findBoard(page, 'Wales Violence Prevention Unit');
    expect(await heading(page, 'Relations')).toBe('Relations (0)');
    await editList(page, 'relations');
    await panel(page).getByLabel('Other board').selectOption({ label: 'Safer Gwent' });
    await panel(page).getByRole('button', { name: 'Add relation' }).click();
    await waitSaved(page);
    steps.push({
      what: 'add a relation',
      present: async (p) => {
        expect(await panelOf(p, 'vpu')).toContain('Safer Gwent');
        expect(await heading(p, 'Relations')).toBe('Relations (1)');
      },
      undone: async (p) => {
        await selectBoard(p, 'vpu');
        expect(await heading(p, 'Relations')).toBe('Relations (0)');
      },
    });

    // Remove a relation.
    await findBoard(page, 'All Wales Criminal Justice Board');
    expect(await heading(page, 'Relations')).toBe('Relations (2)');
    await editList(page, 'relations');
    const removeRelation = panel(page)
      .getByRole('button', { name: /^Remove: / })
      .first();
    const removed = (await removeRelation.getAttribute('aria-label'))!;
    await removeRelation.click();
    await waitSaved(page);
    steps.push({
      what: 'remove a relation',
      present: async (p) => {
        await selectBoard(p, 'awcjb');
        await editList(p, 'relations');
        expect(await heading(p, 'Relations')).toBe('Relations (1)');
        expect(await panel(p).getByRole('button', { name: removed }).count()).toBe(0);
      },
      undone: async (p) => {
        await selectBoard(p, 'awcjb');
        await editList(p, 'relations');
        expect(await heading(p, 'Relations')).toBe('Relations (2)');
        expect(await panel(p).getByRole('button', { name: removed }).count()).toBe(1);
      },
    });

    // Delete a board, after its confirmation.
    await findBoard(page, 'Powys Serious Violence and Organised Crime Group');
    await panel(page).getByRole('button', { name: 'Delete board' }).click();
    await page
      .getByRole('dialog', { name: /Delete Powys/ })
      .getByRole('button', { name: 'Delete board' })
      .click();
    await waitSaved(page);
    steps.push({
      what: 'delete a board',
      present: async (p) => expect(await node(p, 'dp-svoc-powys').count()).toBe(0),
      undone: async (p) => expect.poll(() => node(p, 'dp-svoc-powys').count()).toBe(1),
    });

    // Drag a board: it moves and is pinned. Finding it first brings it into view.
    await findBoard(page, 'Women in Justice Board');
    const home = await placeOf(page, 'wij-board');
    await dragBoard(page, 'wij-board', 120, 150);
    const dragged = await placeOf(page, 'wij-board');
    expect(dragged).not.toBe(home);
    expect(await text(layoutState(page))).toContain('1 pinned');
    steps.push({
      what: 'drag a board',
      present: async (p) => expect(await placeOf(p, 'wij-board')).toBe(dragged),
      undone: async (p) => {
        await expect.poll(() => placeOf(p, 'wij-board')).toBe(home);
        expect(await text(layoutState(p))).not.toContain('pinned');
      },
    });

    // Unpin all.
    await page.getByRole('button', { name: 'Unpin all' }).click();
    await waitSaved(page);
    expect(await text(layoutState(page))).not.toContain('pinned');
    steps.push({
      what: 'unpin all',
      present: async (p) => expect(await text(layoutState(p))).not.toContain('pinned'),
      undone: async (p) => expect.poll(() => text(layoutState(p))).toContain('1 pinned'),
    });

    // Set a duplication pair aside, with a note.
    await openTab(page, 'Duplication');
    const ignore = duplication(page)
      .getByRole('button', { name: /^Ignore this pair: / })
      .first();
    const pair = (await ignore.getAttribute('aria-label'))!.replace('Ignore this pair: ', '');
    await ignore.click();
    await duplication(page).getByLabel('Why set it aside?').fill(NOTE);
    await duplication(page).getByRole('button', { name: 'Set aside' }).click();
    await waitSaved(page);
    const restore = (p: Page) =>
      duplication(p).getByRole('button', { name: `Restore the pair ${pair}` });
    steps.push({
      what: 'set a duplication pair aside',
      present: async (p) => {
        await openTab(p, 'Duplication');
        expect(await text(duplication(p))).toContain('Ignored pairs (1)');
        expect(await text(duplication(p))).toContain(NOTE);
        expect(await restore(p).count()).toBe(1);
      },
      undone: async (p) => {
        await openTab(p, 'Duplication');
        await expect.poll(() => restore(p).count()).toBe(0);
        expect(await text(duplication(p))).not.toContain('Ignored pairs');
      },
    });

    // Add a rationalisation tracker entry.
    await showTracker(page);
    await tracker(page).getByLabel('Region').selectOption('Gwent');
    await tracker(page).getByLabel('Date').fill('2020-07-15');
    await tracker(page).getByLabel('Current position').fill(TRACKER_TEXT);
    await tracker(page)
      .getByLabel('Actions for the next quarter')
      .fill('Draft terms of reference for a single board.');
    await tracker(page).getByLabel('Owner').fill('Gwent PCC');
    await tracker(page).getByRole('button', { name: 'Add entry' }).click();
    await waitSaved(page);
    await showGraph(page);
    steps.push({
      what: 'add a tracker entry',
      present: async (p) => {
        await showTracker(p);
        expect(await text(tracker(p))).toContain(TRACKER_TEXT);
        await showGraph(p);
      },
      undone: async (p) => {
        await showTracker(p);
        await expect.poll(() => text(tracker(p))).not.toContain(TRACKER_TEXT);
        await showGraph(p);
      },
    });

    // Create a scenario; it opens.
    await openTab(page, 'Scenarios');
    await scenarios(page).getByText('New scenario').click();
    await scenarios(page).getByLabel('Name', { exact: true }).first().fill(SCENARIO);
    await scenarios(page).getByRole('button', { name: 'Create and open' }).click();
    await waitSaved(page);
    const scenarioRadio = (p: Page) => scenarios(p).getByRole('radio', { name: SCENARIO });
    steps.push({
      what: 'create a scenario',
      present: async (p) => {
        await openTab(p, 'Scenarios');
        expect(await scenarioRadio(p).count()).toBe(1);
      },
      undone: async (p) => {
        await openTab(p, 'Scenarios');
        await expect.poll(() => scenarioRadio(p).count()).toBe(0);
      },
    });

    // Every scenario operation, each through the scenario's own controls.
    let ops = 0;
    const added = async (what: string, line: string) => {
      await waitSaved(page);
      ops += 1;
      await openTab(page, 'Scenarios');
      await expect.poll(() => text(scenarios(page))).toContain(`Operations (${ops})`);
      expect(await text(scenarios(page))).toContain(line);
      steps.push(operation(what, ops, line));
    };

    await selectBoard(page, 'dp-svoc-board');
    await node(page, 'dp-contest-board').dispatchEvent('click', { ctrlKey: true });
    await openTab(page, 'Scenarios');
    await scenarios(page).getByLabel('Name of the merged board').fill(MERGED);
    await scenarios(page).getByRole('button', { name: 'Merge the selected boards' }).click();
    await added('merge', `into “${MERGED}”`);

    await findBoard(page, 'Community Justice Cymru Network');
    await actions(page).getByRole('button', { name: 'Retire' }).click();
    await added('retire', 'Retire Community Justice Cymru Network; its work goes nowhere');

    await findBoard(page, 'Powys Regional Partnership Board');
    await actions(page).getByText('Re-scope').click();
    const rescope = actions(page).locator('details', { hasText: 'Re-scope' });
    await takeRegion(rescope, 'Dyfed-Powys');
    await rescope.getByRole('button', { name: 'Apply' }).click();
    await added('rescope', 'Re-scope Powys Regional Partnership Board to 4 local authorities');

    await findBoard(page, 'Gwent G7 Strategic Leaders Forum');
    await editList(page, 'members');
    const scenarioMember = panel(page).getByRole('form', { name: 'Add member' });
    await scenarioMember.getByLabel('Organisation').selectOption({ label: 'Home Office' });
    await scenarioMember.getByRole('button', { name: 'Add member' }).click();
    await added('add a membership', 'Add Home Office to Gwent G7 Strategic Leaders Forum');

    await findBoard(page, 'Gwent G7 Strategic Leaders Forum');
    await editList(page, 'members');
    await panel(page)
      .getByRole('button', { name: 'Remove Torfaen County Borough Council' })
      .click();
    await added(
      'remove a membership',
      'Take Torfaen County Borough Council off Gwent G7 Strategic Leaders Forum',
    );

    await findBoard(page, 'Gwent Regional Partnership Board');
    await actions(page).getByText('Move a member to another board').click();
    const move = actions(page).locator('details', { hasText: 'Move a member' });
    await move.getByLabel('Organisation').selectOption({ label: 'Newport City Council' });
    await move
      .getByLabel('To', { exact: true })
      .selectOption({ label: 'Home Office Advisory Group' });
    await move.getByRole('button', { name: 'Apply' }).click();
    await added(
      'move a membership',
      'Move Newport City Council from Gwent Regional Partnership Board to Home Office Advisory Group',
    );

    await findBoard(page, 'Gwent Area Planning Board');
    await actions(page).getByText('Change the meeting pattern').click();
    const meetings = actions(page).locator('details', { hasText: 'Change the meeting pattern' });
    await meetings.getByLabel('Meetings a year').fill('10');
    await meetings.getByLabel('Hours a meeting').fill('3');
    await meetings.getByRole('button', { name: 'Apply' }).click();
    await added('set meetings', 'Gwent Area Planning Board meets 10 times a year for 3 hours');

    await page.getByRole('button', { name: 'Add board' }).click();
    const scenarioBoard = page.getByRole('dialog', { name: 'Add a board' });
    await scenarioBoard.getByLabel('Name', { exact: true }).fill(SCENARIO_BOARD);
    await scenarioBoard.getByLabel('Level').selectOption('regional');
    await takeRegion(scenarioBoard, 'Gwent');
    await scenarioBoard.getByLabel('serious violence').check();
    await scenarioBoard.getByRole('button', { name: 'Add board' }).click();
    await added('add a board in the scenario', `Add “${SCENARIO_BOARD}”`);

    await findBoard(page, 'Cwm Taf Community Safety Board');
    await editList(page, 'relations');
    const repoint = panel(page).locator('form.repoint').first();
    await repoint.getByRole('combobox').selectOption({ label: 'Safer Gwent' });
    await repoint.getByRole('button').click();
    await added(
      're-point a relation',
      'Re-point Cwm Taf Community Safety Board → Cwm Taf Morgannwg Area Planning Board' +
        ' to Cwm Taf Community Safety Board → Safer Gwent',
    );

    // Every edit kind and every operation kind is counted above: 12 edits and 9 operations.
    expect(steps.map((s) => s.what)).toHaveLength(21);
    await waitSaved(page);
    await page.reload();
    await node(page, 'awcjb').waitFor();

    // Everything is still there: the baseline first, then the scenario, which a reload closes.
    for (const step of steps.slice(0, 12)) await step.present(page);
    await openScenario(page);
    await expect.poll(() => text(scenarios(page))).toContain('Operations (9)');
    for (const step of steps.slice(12)) await step.present(page);

    // And so is every undo entry: each Undo takes back the latest change still standing.
    for (const step of steps.toReversed()) {
      expect(await undoButton(page).isEnabled(), `Undo for: ${step.what}`).toBe(true);
      await undoButton(page).click();
      await step.undone(page);
    }
    expect(await undoButton(page).isDisabled()).toBe(true);
    await waitSaved(page);
    await context.close();
  });
});
