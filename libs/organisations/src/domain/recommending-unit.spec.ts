import { chooseRecommendingUnit } from './recommending-unit';

describe('which unit recommends a file (domain.md §8)', () => {
  const association = { id: 'association' };
  const employer = { id: 'employer' };
  const subCentre = { id: 'sub-centre' };

  it('sends a cross-provincial file to the partner association, whatever employer or district it names', () => {
    expect(chooseRecommendingUnit(true, { association, employer, subCentre })).toEqual({ unit: association, by: 'association' });
    expect(chooseRecommendingUnit(true, { association: null, employer, subCentre })).toEqual({ missing: 'association' });
  });

  it('sends a host-province file to its registered employer first, else to the sub-centre of its district', () => {
    expect(chooseRecommendingUnit(false, { association, employer, subCentre })).toEqual({ unit: employer, by: 'employer' });
    expect(chooseRecommendingUnit(false, { association, employer: null, subCentre })).toEqual({ unit: subCentre, by: 'sub_centre' });
  });

  it('names the sub-centre as missing when neither is registered (never the association for a local file)', () => {
    expect(chooseRecommendingUnit(false, { association, employer: null, subCentre: null })).toEqual({ missing: 'sub_centre' });
  });
});
