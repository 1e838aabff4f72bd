import cyCore from './cy.json';
import cyGeography from './geography.cy.json';
import cyFigures from './figures.cy.json';
import cyFigureLoad from './figure-load.cy.json';
import cyFigureMatrix from './figure-matrix.cy.json';
import cyIo from './io.cy.json';
import cyLayout from './layout.cy.json';
import cyOverview from './overview.cy.json';
import cyShare from './share.cy.json';
import cyTrust from './trust.cy.json';
import cyWorkspace from './workspace.cy.json';
import type { Catalogue } from './catalogue';

export const WELSH = {
  ...cyCore,
  ...cyIo,
  ...cyLayout,
  ...cyTrust,
  ...cyWorkspace,
  ...cyGeography,
  ...cyFigures,
  ...cyFigureLoad,
  ...cyFigureMatrix,
  ...cyOverview,
  ...cyShare,
} as Catalogue;
