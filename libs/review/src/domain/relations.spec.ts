import { PartyInput, partyProblems } from './relations';

const ID = '33333333-3333-4333-8333-333333333333';

describe('partyProblems', () => {
  it.each<[string, PartyInput, string[]]>([
    ['a user by id', { partyType: 'user', userId: ID }, []],
    ['a person by name', { partyType: 'person', personName: '张三' }, []],
    ['an employer by name', { partyType: 'employer', employerName: '某公司' }, []],
    ['an employer by credit code', { partyType: 'employer', employerCreditCode: '91500103PB3LWF6F87' }, []],
    ['an employer by both', { partyType: 'employer', employerName: '某公司', employerCreditCode: '91500103PB3LWF6F87' }, []],
    ['a user without an id', { partyType: 'user' }, ['userId:FIELD_REQUIRED']],
    ['a person with a blank name', { partyType: 'person', personName: '  ' }, ['personName:FIELD_REQUIRED']],
    ['an employer with neither', { partyType: 'employer' }, ['employerName:FIELD_REQUIRED']],
    ['a user with a stray person name', { partyType: 'user', userId: ID, personName: '张三' }, ['personName:FIELD_NOT_FOR_PARTY_TYPE']],
    ['a person with a stray employer', { partyType: 'person', personName: '张三', employerName: '某公司', employerCreditCode: 'X' }, ['employerName:FIELD_NOT_FOR_PARTY_TYPE', 'employerCreditCode:FIELD_NOT_FOR_PARTY_TYPE']],
    ['an employer with a stray user id', { partyType: 'employer', employerName: '某公司', userId: ID }, ['userId:FIELD_NOT_FOR_PARTY_TYPE']],
  ])('%s', (_description, input, expected) => {
    expect(partyProblems(input).map((p) => `${p.path}:${p.code}`)).toEqual(expected);
  });
});
