import { isEvidenceShownToReviewers, reviewerFormData } from './reviewer-view';
import { sampleFormData } from './sample-form-data';

describe('reviewerFormData', () => {
  it('keeps only the name of the identity section and every other section as it is', () => {
    const data = { ...sampleFormData('intermediate'), identity: { ...(sampleFormData('intermediate').identity as object), documentNumber: '500103198805124713', homeAddress: '重庆市某路 1 号' } };
    const shown = reviewerFormData(data);
    expect(shown.identity).toEqual({ fullName: '陈设计' });
    const { identity: _identity, ...rest } = data;
    const { identity: _shown, ...shownRest } = shown;
    expect(shownRest).toEqual(rest);
    expect(JSON.stringify(shown)).not.toMatch(/13800138000|chen@example\.com|1988-05-12|500103198805124713|homeAddress/);
  });

  it('leaves the input untouched and copes with a missing or malformed identity section', () => {
    const data = { identity: { fullName: 'A', mobile: '13800138000' } };
    reviewerFormData(data);
    expect(data.identity.mobile).toBe('13800138000');
    expect(reviewerFormData({ employer: { name: 'X' } })).toEqual({ employer: { name: 'X' } });
    expect(reviewerFormData({ identity: null })).toEqual({ identity: {} });
    expect(reviewerFormData({ identity: ['13800138000'] })).toEqual({ identity: {} });
    expect(reviewerFormData({ identity: { mobile: '13800138000' } })).toEqual({ identity: {} });
  });
});

describe('isEvidenceShownToReviewers', () => {
  it('hides identity documents and shows the evidence of the work', () => {
    expect(isEvidenceShownToReviewers('identity_document')).toBe(false);
    for (const kind of ['portfolio', 'degree_certificate', 'title_certificate', 'expert_recommendation']) expect(isEvidenceShownToReviewers(kind)).toBe(true);
  });
});
