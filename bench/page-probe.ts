/**
 * Code that runs inside the benchmarked page. It is kept as plain JavaScript text (not functions
 * handed to Playwright) so that the TypeScript loader cannot inject helpers into it, and so that
 * all timing happens on the page's own clock, free of the ~30 ms cost of each CDP round trip.
 *
 * `window.__bench` offers:
 * - `changeAt`: `performance.now()` of the last `change` event of a file input (capture phase,
 *   so before the app's own handler runs);
 * - `watch(want, timeoutMs)`: resolves when the overview canvas has painted `want.boards`
 *   boards (its `data-boards`, set after each paint), no node is still hidden for measuring,
 *   and (if given) the workspace named `want.workspace` is open; `at` is the start of the next
 *   animation frame, i.e. once the frame holding the complete graph has been produced;
 * - `settle(quietFrames, maxMs)`: waits until `quietFrames` frames in a row are shorter than
 *   40 ms (the app has stopped working: saving, measuring), or `maxMs` has passed;
 * - `gesture(opts)`: a scripted pan (a synthetic mouse drag around a loop, d3-zoom's mouse
 *   path) then a zoom in and back out (synthetic wheel events, d3-zoom's wheel path), one input
 *   event per animation frame, positions a function of elapsed time so the view ends where it
 *   started whatever the frame rate; returns every requestAnimationFrame delta;
 * - `counts()`: DOM counts of the graph.
 */
export const PROBE = String.raw`
(() => {
  if (window.__bench) return;
  const B = (window.__bench = { changeAt: null });
  document.addEventListener(
    'change',
    (e) => {
      const t = e.target;
      if (t && t.tagName === 'INPUT' && t.type === 'file') B.changeAt = performance.now();
    },
    true,
  );
  const nodes = document.getElementsByClassName('svelte-flow__node');
  const edges = document.getElementsByClassName('svelte-flow__edge');
  const workspaceName = () => {
    // The header has several selects (the scenario viewed, the workspace): find it by its label.
    const label = [...document.querySelectorAll('header label')].find((l) => l.textContent.trim() === 'Workspace');
    const select = label ? document.getElementById(label.htmlFor) : null;
    const option = select && select.selectedOptions[0];
    return option ? option.textContent.trim() : null;
  };
  const painted = () => {
    const el = document.querySelector('.graph .described');
    return el ? Number(el.getAttribute('data-boards')) : -1;
  };
  const anyHidden = () =>
    document.querySelector('.svelte-flow__node[style*="visibility: hidden"]') !== null;
  B.state = () => {
    const notice = document.querySelector('.notice');
    const viewport = document.querySelector('.svelte-flow__viewport');
    return {
      nodes: nodes.length,
      edges: edges.length,
      painted: painted(),
      workspace: workspaceName(),
      notice: notice ? notice.textContent.trim().replace(/\s+/g, ' ').slice(0, 400) : null,
      transform: viewport ? viewport.style.transform : null,
    };
  };
  B.counts = () => {
    const flow = document.querySelector('.svelte-flow');
    const viewport = document.querySelector('.svelte-flow__viewport');
    return {
      nodes: nodes.length,
      edges: edges.length,
      viewportElements: viewport ? viewport.getElementsByTagName('*').length : 0,
      flowElements: flow ? flow.getElementsByTagName('*').length : 0,
      minimapNodes: document.getElementsByClassName('svelte-flow__minimap-node').length,
      documentElements: document.getElementsByTagName('*').length,
    };
  };
  B.watch = (want, timeoutMs) =>
    new Promise((resolve) => {
      const start = performance.now();
      let seenAt = null;
      const tick = () => {
        const now = performance.now();
        if (seenAt !== null) return resolve({ ok: true, seenAt, at: now, ...B.state() });
        if (
          painted() === want.boards &&
          (want.workspace == null || workspaceName() === want.workspace) &&
          !anyHidden()
        )
          seenAt = now;
        if (seenAt === null && now - start > timeoutMs)
          return resolve({ ok: false, waited: now - start, ...B.state() });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  B.settle = (quietFrames, maxMs) =>
    new Promise((resolve) => {
      const start = performance.now();
      let prev = null;
      let quiet = 0;
      const tick = (now) => {
        if (prev !== null) quiet = now - prev < 40 ? quiet + 1 : 0;
        prev = now;
        if (quiet >= quietFrames || now - start > maxMs)
          return resolve({ settled: quiet >= quietFrames, ms: now - start });
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  B.gesture = (opts) =>
    new Promise((resolve) => {
      const pane =
        document.querySelector('.svelte-flow__pane') ||
        document.querySelector('.svelte-flow__renderer');
      const viewport = document.querySelector('.svelte-flow__viewport');
      if (!pane || !viewport) return resolve({ ok: false, error: 'no .svelte-flow__pane' });
      const r = pane.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const common = { bubbles: true, cancelable: true, composed: true, view: window };
      const mouse = (type, x, y) =>
        pane.dispatchEvent(
          new MouseEvent(type, {
            ...common,
            clientX: x,
            clientY: y,
            screenX: x,
            screenY: y,
            button: 0,
            buttons: type === 'mouseup' ? 0 : 1,
          }),
        );
      const wheel = (deltaY) =>
        pane.dispatchEvent(
          new WheelEvent('wheel', {
            ...common,
            clientX: cx,
            clientY: cy,
            deltaX: 0,
            deltaY,
            deltaMode: 0,
          }),
        );
      // d3-zoom (as set up by xyflow) zooms by 2^(-deltaY * 0.002) per wheel event.
      const wheelToLog2 = (log2) => wheel(-log2 / 0.002);
      const startTransform = viewport.style.transform;
      const transforms = new Set([startTransform]);
      const deltas = [];
      const panDeltas = [];
      const zoomDeltas = [];
      let prev = null;
      let t0 = null;
      let pressed = false;
      let zoomLog = 0;
      let maxZoomLog = 0;
      const tick = (now) => {
        transforms.add(viewport.style.transform);
        if (prev !== null) {
          const d = now - prev;
          deltas.push(d);
          (now - t0 <= opts.panMs ? panDeltas : zoomDeltas).push(d);
        }
        prev = now;
        if (t0 === null) t0 = now;
        const elapsed = now - t0;
        if (elapsed < opts.panMs) {
          if (!pressed) {
            mouse('mousedown', cx, cy);
            pressed = true;
          }
          const u = elapsed / opts.panMs;
          mouse(
            'mousemove',
            cx + opts.radius * Math.sin(2 * Math.PI * u),
            cy + opts.radius * 0.5 * (1 - Math.cos(2 * Math.PI * u)),
          );
        } else {
          if (pressed) {
            mouse('mousemove', cx, cy);
            mouse('mouseup', cx, cy);
            pressed = false;
          }
          if (elapsed < opts.panMs + opts.zoomMs) {
            const u = (elapsed - opts.panMs) / opts.zoomMs;
            const target = opts.zoomLog2 * Math.sin(Math.PI * u);
            wheelToLog2(target - zoomLog);
            zoomLog = target;
            maxZoomLog = Math.max(maxZoomLog, zoomLog);
          } else {
            if (zoomLog !== 0) wheelToLog2(-zoomLog);
            return resolve({
              ok: true,
              deltas,
              panDeltas,
              zoomDeltas,
              ms: now - t0,
              distinctTransforms: transforms.size,
              startTransform,
              endTransform: viewport.style.transform,
              maxZoomLog,
            });
          }
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
})();
`;
