// Form data for the bench's applications: the same complete valid file per level as the
// e2e suite, taken from the production build. Required when first used, not at load: run.js
// loads this (through the scenarios and seed.js) before its build step makes dist/.
'use strict';
const path = require('path');

const loaded = {};
const domain = (name) => (loaded[name] ??= require(path.join(__dirname, '..', 'dist/libs/applications/src/domain', name)));
const sampleFormData = (level, options = {}) => domain('sample-form-data').sampleFormData(level, options);

/** The identity number of the sample file; the portal keeps it sealed in its own column, not in `data`. */
const documentNumber = () => sampleFormData('assistant').identity.documentNumber;

const completeFormData = (level, options = {}) => sampleFormData(level, options);

/** What the portal stores in applications.data: the form without the identity number. */
function storedFormData(level, options = {}) {
  const data = sampleFormData(level, options);
  delete data.identity.documentNumber;
  return data;
}

/**
 * The n-th valid resident ID number (n < 10,000,000), born on the sample file's date: one person,
 * one account refuses a second account submitting a number, so each account that submits needs
 * its own. By index, not by a hash of a seed: 24,000 hashed into 10,000,000 numbers collided
 * (~29 pairs expected), and the second of a pair was refused IDENTITY_BOUND_TO_OTHER_ACCOUNT.
 */
function residentIdNumber(n) {
  if (!Number.isInteger(n) || n < 0 || n >= 10000000) throw new Error(`residentIdNumber: ${n} is not in 0..9,999,999`);
  const digits = String(n).padStart(7, '0');
  const first17 = `50${digits.slice(0, 4)}19880512${digits.slice(4)}`;
  return first17 + domain('identity-validators').residentIdCheckChar(first17);
}

module.exports = { completeFormData, storedFormData, documentNumber, residentIdNumber };
