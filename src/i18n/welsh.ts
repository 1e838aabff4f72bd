import cyCore from './cy.json';
import cyFigures from './figures.cy.json';
import cyIo from './io.cy.json';
import cyLayout from './layout.cy.json';
import type { Catalogue } from './catalogue';

export const WELSH = { ...cyCore, ...cyIo, ...cyLayout, ...cyFigures } as Catalogue;
