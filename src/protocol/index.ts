/** Every message type with its validator; shared by all extension parts. */
export * from './messages';
export * from './gate';
export * from './rate-limiter';
export * from './bridge-channel';
export * from './bridge-messages';
export * from './field-schemas';
