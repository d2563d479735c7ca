/** The data model of Glass Customer; documented in docs/data-model.md. */
export * from './observation';
export * from './organization';
export * from './retailer-profile';
export * from './categories';
