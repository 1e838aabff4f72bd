/**
 * The figure words the command line uses. They come from the app's message catalogues
 * (`src/i18n/io.*.json`) through the same module the app's export reads, so the CLI and the app
 * draw the same SVG for the same data and language.
 */
export { graphLabels, regionMapLabels as mapLabels } from '../../ui/io/figure-labels';
