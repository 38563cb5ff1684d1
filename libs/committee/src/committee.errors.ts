import { HttpStatus } from '@nestjs/common';
import { AppError, FieldProblem } from '@app/common';

/** Errors of the committee library; codes are part of the API contract. */
export class CommitteeError extends AppError {
  static committeeNotFound() {
    return new CommitteeError('COMMITTEE_NOT_FOUND', 'Committee was not found', HttpStatus.NOT_FOUND);
  }
  static meetingNotFound() {
    return new CommitteeError('MEETING_NOT_FOUND', 'Meeting was not found', HttpStatus.NOT_FOUND);
  }
  /** Fields that disagree with the committee rules (size, term, members); each problem names its field. */
  static invalid(problems: FieldProblem[]) {
    return new CommitteeError('VALIDATION_FAILED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), HttpStatus.BAD_REQUEST, problems);
  }
  /** Agenda entries that cannot be decided by this meeting, each named (applicationIds[i]) with its reason. */
  static agendaRefused(problems: FieldProblem[]) {
    return new CommitteeError('AGENDA_REFUSED', problems.map((p) => `${p.path}: ${p.message}`).join('; '), HttpStatus.UNPROCESSABLE_ENTITY, problems);
  }
  static meetingNotScheduled(status: string) {
    return new CommitteeError('MEETING_NOT_SCHEDULED', `The meeting is ${status}; only a scheduled meeting can be opened`, HttpStatus.CONFLICT, { status });
  }
  static meetingNotOpen(status: string) {
    return new CommitteeError('MEETING_NOT_OPEN', `The meeting is ${status}; votes are taken and the meeting closed only while it is open`, HttpStatus.CONFLICT, { status });
  }
  static meetingNotClosed(status: string) {
    return new CommitteeError('MEETING_NOT_CLOSED', `The meeting is ${status}; its minutes exist once it is closed`, HttpStatus.CONFLICT, { status });
  }
  /** Too few members present: says how many are missing. */
  static noQuorum(present: number, required: number, members: number) {
    const missing = required - present;
    return new CommitteeError(
      'QUORUM_NOT_MET',
      `${present} of ${members} members present; the meeting needs ${required} to open: ${missing} more member${missing === 1 ? '' : 's'} must attend`,
      HttpStatus.UNPROCESSABLE_ENTITY,
      { present, required, members, missing },
    );
  }
  /** Agenda items on which no present member may vote: they could not be decided. */
  static nobodyEntitled(applicationIds: string[]) {
    return new CommitteeError(
      'ITEM_WITHOUT_ENTITLED_MEMBERS',
      `Every present member is recused from ${applicationIds.join(', ')}; record more members present`,
      HttpStatus.UNPROCESSABLE_ENTITY,
      applicationIds.map((id) => ({ path: 'presentMemberIds', code: 'ITEM_WITHOUT_ENTITLED_MEMBERS', message: `Nobody present may vote on ${id}` })),
    );
  }
  /** A member's dossier of a file: not on this agenda, or the member is recused from it (the same answer for both). */
  static dossierNotFound() {
    return new CommitteeError('DOSSIER_NOT_FOUND', 'No dossier of this file for you: it is not on the meeting agenda, or you are recused from it', HttpStatus.NOT_FOUND);
  }
  /** Dossiers are read before the vote; once closed, the minutes are the meeting's record. */
  static dossierClosed() {
    return new CommitteeError('MEETING_CLOSED', 'The meeting is closed; its minutes record the decisions, and dossiers are no longer shown', HttpStatus.CONFLICT, { status: 'closed' });
  }
  static itemNotOnAgenda() {
    return new CommitteeError('ITEM_NOT_ON_AGENDA', 'This application is not on the meeting agenda', HttpStatus.NOT_FOUND);
  }
  /** The voter is not recorded present at this open meeting. */
  static notPresent() {
    return new CommitteeError('MEMBER_NOT_PRESENT', 'Only members recorded present when the meeting opened may vote', HttpStatus.FORBIDDEN);
  }
  static recused() {
    return new CommitteeError('MEMBER_RECUSED', 'You are recused from this item (conflict of interest) and may not vote on it', HttpStatus.FORBIDDEN);
  }
  static alreadyVoted() {
    return new CommitteeError('ALREADY_VOTED', 'You have already voted on this item; a ballot cannot be changed', HttpStatus.CONFLICT);
  }
  /** Electronic ballots and a paper tally never mix on one item. */
  static modeTaken(mode: string) {
    const message =
      mode === 'paper'
        ? 'This item was decided by a paper-ballot tally; electronic ballots are not taken on it'
        : 'Members have voted electronically on this item; a paper-ballot tally cannot be recorded for it';
    return new CommitteeError('ITEM_MODE_CONFLICT', message, HttpStatus.CONFLICT, { mode });
  }
  static tallyTooLarge(total: number, entitled: number) {
    const message = `yes + no + abstain is ${total}, more than the ${entitled} present member(s) entitled to vote on this item`;
    return new CommitteeError('VALIDATION_FAILED', message, HttpStatus.BAD_REQUEST, [{ path: 'yes', code: 'TALLY_EXCEEDS_ENTITLED', message }]);
  }
  /**
   * Closing needs every item decided: a paper tally, or every present entitled member's ballot
   * cast, or the chair's close of the item's vote. Names the items still open, never how many voted.
   */
  static itemsNotVoted(applicationIds: string[]) {
    return new CommitteeError(
      'ITEMS_NOT_VOTED',
      `Voting is still open on ${applicationIds.length} item(s): ${applicationIds.join(', ')}. Every present member entitled to vote must cast their ballot, or the chair closes the item's vote with a reason, or an admin records a paper tally`,
      HttpStatus.UNPROCESSABLE_ENTITY,
      applicationIds.map((id) => ({ path: 'agenda', code: 'ITEM_NOT_VOTED', message: id })),
    );
  }
  static itemVotingClosed() {
    return new CommitteeError('ITEM_VOTING_CLOSED', 'The chair has closed the vote on this item', HttpStatus.CONFLICT);
  }
  static notChair() {
    return new CommitteeError('NOT_CHAIR', "Only the committee's chair may close the vote on an item", HttpStatus.FORBIDDEN);
  }
  /** A paper that is not a genuine paper of this meeting and item (altered, forged, another item's). */
  static ballotTokenInvalid() {
    const message = 'ballotToken is not a ballot paper issued for this meeting and item';
    return new CommitteeError('VALIDATION_FAILED', message, HttpStatus.BAD_REQUEST, [{ path: 'ballotToken', code: 'BALLOT_TOKEN_INVALID', message }]);
  }
  static noBallotPaper() {
    return new CommitteeError('BALLOT_PAPER_NOT_TAKEN', 'You have not taken a ballot paper for this item', HttpStatus.FORBIDDEN);
  }
  static paperAlreadyCast() {
    return new CommitteeError('ALREADY_VOTED', 'This ballot paper has already been cast; a ballot cannot be changed', HttpStatus.CONFLICT);
  }
  /**
   * The participation was recorded but the choice could not be stored: the member casts again
   * with this paper (POST .../ballots with ballotToken), which counts once whatever happens.
   */
  static ballotNotRecorded(ballotToken: string) {
    return new CommitteeError(
      'BALLOT_NOT_RECORDED',
      'Your ballot paper was issued but your choice could not be stored; cast it again with this ballotToken',
      HttpStatus.SERVICE_UNAVAILABLE,
      { ballotToken },
    );
  }
  /** More choices than papers issued on an item: a forged paper; the close refuses to count it. */
  static choicesExceedPapers(applicationIds: string[]) {
    return new CommitteeError(
      'BALLOT_COUNT_MISMATCH',
      `More choices than ballot papers issued on ${applicationIds.join(', ')}; the meeting cannot be closed until this is investigated`,
      HttpStatus.CONFLICT,
      applicationIds.map((id) => ({ path: 'agenda', code: 'BALLOT_COUNT_MISMATCH', message: id })),
    );
  }
}
