/** The data model of Glass Customer; documented in docs/data-model.md. */
export * from './observation';
export * from './organization';
export * from './retailer-profile';
export * from './categories';
export * from './outgoing-request';
export * from './commerce-event';
export * from './api-signal';
export * from './identifier';
