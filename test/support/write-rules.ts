/**
 * Writes allowed outside a request's one transaction, by design. Customer codes come from an atomic
 * ADD on SEQ#CUSTOMER made before the create's transaction: a failed create leaves a gap in the
 * codes (harmless, documented in sequence.ts) but never a half-written customer.
 */
export const CODE_ALLOCATION = /^UpdateItemCommand SEQ#/;
