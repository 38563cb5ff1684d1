import { requiredConfirmations } from './qualification.service';

describe('qualification review: the confirmations accepting a file needs', () => {
  const file = (exceptionalRoute: boolean, requiresAdminConfirmation: boolean, crossProvincial: boolean, recommendedAt: Date | null = null) => ({ exceptionalRoute, requiresAdminConfirmation, crossProvincial, recommendedAt });

  it('needs none for an ordinary file of the host province', () => {
    expect(requiredConfirmations(file(false, false, false))).toEqual({ exceptional: false, entrustment: false });
  });

  it('needs the exceptional-route confirmation when the file takes the route or its eligibility asks for an admin confirmation', () => {
    expect(requiredConfirmations(file(true, false, false)).exceptional).toBe(true);
    expect(requiredConfirmations(file(false, true, false)).exceptional).toBe(true);
  });

  it('needs no entrustment confirmation once the partner association recommended the cross-provincial file', () => {
    expect(requiredConfirmations(file(false, false, true, new Date()))).toEqual({ exceptional: false, entrustment: false });
    expect(requiredConfirmations(file(true, false, true, new Date()))).toEqual({ exceptional: true, entrustment: false });
  });

  it('needs the entrustment confirmation for a cross-provincial file nobody recommended, independently', () => {
    expect(requiredConfirmations(file(false, false, true))).toEqual({ exceptional: false, entrustment: true });
    expect(requiredConfirmations(file(true, true, true))).toEqual({ exceptional: true, entrustment: true });
  });
});
