import { FONT_STACK } from './graph-style';

/**
 * The map's embedded stylesheet. Only rules that are the same for every map live here (a page
 * showing two maps shares one document's styles); sizes and colours that vary are attributes.
 */
export const MAP_STYLE = [
  `.tirwedd-map{font-family:${FONT_STACK}}`,
  '.tirwedd-map .shape{stroke:#ffffff;stroke-width:1;stroke-linejoin:round}',
  '.tirwedd-map .labels,.tirwedd-map .marks,.tirwedd-map .region-outline{pointer-events:none}',
  '.tirwedd-map .region-outline{fill:none;stroke:#1b1b1b;stroke-width:2.5;stroke-linecap:square;stroke-linejoin:round}',
  '.tirwedd-map [role=button]{cursor:pointer}',
  '.tirwedd-map [role=button]:focus{outline:none}',
  '.tirwedd-map [role=button]:focus-visible .shape{stroke:#000000;stroke-width:3}',
].join('');
