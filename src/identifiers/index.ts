/** The user's own identifiers: normalisation, every encoded and hashed form, masking. */
export * from './normalize';
export * from './encodings';
export * from './hash-pool';
export * from './mask';
export * from './digest';
