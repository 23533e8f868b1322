export {
  generateSigningKey,
  signingKeyFromPem,
  publicKeyFromJwk,
  ZPublicJwk,
  ZPublicKeySet,
  type SigningKey,
  type TPublicJwk,
  type TPublicKeySet,
} from "./keys.ts";
export {
  canonicalJson,
  signValue,
  verifyValue,
  ZDetachedSignature,
  type TDetachedSignature,
  type SignatureCheck,
} from "./signature.ts";
