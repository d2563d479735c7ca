/**
 * Uniform randomness for reports from the platform's cryptographic generator (Web Crypto, in
 * the browser and in Node alike): the nonce and the randomised answers must not be predictable
 * from each other or from the time, as Math.random's output can be.
 */
export function cryptoRandom(): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return word[0]! / 2 ** 32;
}
