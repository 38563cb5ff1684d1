// Form data for the bench's applications: the same complete valid file per level as the
// e2e suite, taken from the production build (the bench builds before it seeds).
'use strict';
const path = require('path');
const { sampleFormData } = require(path.join(__dirname, '..', 'dist/libs/applications/src/domain/sample-form-data'));

/** The identity number of the sample file; the portal keeps it sealed in its own column, not in `data`. */
const DOCUMENT_NUMBER = sampleFormData('assistant').identity.documentNumber;

const completeFormData = (level, options = {}) => sampleFormData(level, options);

/** What the portal stores in applications.data: the form without the identity number. */
function storedFormData(level, options = {}) {
  const data = sampleFormData(level, options);
  delete data.identity.documentNumber;
  return data;
}

module.exports = { completeFormData, storedFormData, DOCUMENT_NUMBER };
