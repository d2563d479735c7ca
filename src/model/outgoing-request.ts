/**
 * An outgoing request as network detectors see it: URL, method, body and cookie header.
 * Built by the background from webRequest details; bodies are capped at 64 KB. Detectors read
 * it and return findings; nothing of it is stored as is.
 */
export interface OutgoingRequest {
  url: string;
  method: string;
  /** webRequest resource type. */
  type: string;
  /** Fields of a form-encoded or multipart body (webRequest `requestBody.formData`). */
  form?: Record<string, string[]>;
  /** A raw body (JSON, text, beacon payload) decoded as UTF-8, at most MAX_BODY_BYTES. */
  text?: string;
  /** The Cookie header sent with the request, for the identifier scan only; never stored. */
  cookie?: string;
}

export const MAX_BODY_BYTES = 64 * 1024;
