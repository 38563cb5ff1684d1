import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CursorPageMeta, CursorQueryDto } from '@app/common';
import { OBJECTION_STATUSES } from '@app/notice';
import type { CalendarYearView, ObjectionReceipt, ObjectionStatus, ObjectionView, PublicNoticeView } from '@app/notice';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

// --- public list -------------------------------------------------------------

/** A notice as anyone sees it: name, employer, level, specialty, cycle and the period, nothing else (domain.md §8). */
export class PublicNoticeDto {
  @ApiProperty({ format: 'uuid', description: 'The notice (for lodging an objection)' }) id: string;
  @ApiProperty({ nullable: true, type: String, example: '张三' }) name: string | null;
  @ApiProperty({ nullable: true, type: String, example: '重庆某设计有限公司' }) employer: string | null;
  @ApiProperty({ example: 'senior' }) level: string;
  @ApiProperty({ example: 'product_design' }) specialty: string;
  @ApiProperty({ example: '2026年度工业设计专业职称评审' }) cycleNameZh: string;
  @ApiProperty({ example: '2026 Industrial Design Title Evaluation' }) cycleNameEn: string;
  @ApiProperty({ format: 'date', description: 'First day of the notice (Beijing time)' }) startDate: string;
  @ApiProperty({ format: 'date', description: 'Last day of the notice: the N-th working day after the committee passed the file' }) endDate: string;
  @ApiProperty({ example: 5, description: 'N: the length of the notice in working days (holidays off, make-up days on)' }) workingDays: number;

  static from(n: PublicNoticeView): PublicNoticeDto {
    return { id: n.id, name: n.name, employer: n.employer, level: n.level, specialty: n.specialty, cycleNameZh: n.cycleNameZh, cycleNameEn: n.cycleNameEn, startDate: n.startDate, endDate: n.endDate, workingDays: n.workingDays };
  }
}

export class PublicNoticeListDto extends CursorPageMeta {
  @ApiProperty({ type: [PublicNoticeDto] }) items: PublicNoticeDto[];
}

// --- objections --------------------------------------------------------------

/** A real-name objection: name, a way to reach the objector (e-mail or phone, at least one) and the statement. */
export class LodgeObjectionDto {
  @ApiProperty({ maxLength: 100, description: 'The objector’s real name' })
  @Transform(trim)
  @IsString()
  @MinLength(2, { message: 'name must be your real name (at least 2 characters)' })
  @MaxLength(100)
  name: string;

  @ApiPropertyOptional({ maxLength: 254, description: 'Where the receipt is sent; e-mail or phone is required' })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ example: '13800138000', description: 'Mainland mobile or landline (digits, optional +, spaces or dashes); stored encrypted, shown masked' })
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 -]{5,22}[0-9]$/, { message: 'phone must be a phone number (digits, optionally + and spaces or dashes)' })
  phone?: string;

  @ApiProperty({ minLength: 10, maxLength: 5000, description: 'What the objection is about' })
  @Transform(trim)
  @IsString()
  @MinLength(10, { message: 'statement must say what the objection is about (at least 10 characters)' })
  @MaxLength(5000)
  statement: string;

  @ApiPropertyOptional({ enum: ['zh-CN', 'en'], default: 'zh-CN', description: 'Language of the receipt e-mail' })
  @IsOptional()
  @IsIn(['zh-CN', 'en'])
  locale?: 'zh-CN' | 'en';
}

export class ObjectionReceiptDto {
  @ApiProperty({ example: 'YY-2026-0012', description: 'Quote it when contacting the office' }) reference: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: Date;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description:
      'Set when an e-mail address was given and is not confirmed yet: a confirmation link went to it and works until then. Nothing else is sent to the address before; an objection with only an e-mail reaches the office once confirmed',
  })
  confirmEmailBy: Date | null;

  static from(r: ObjectionReceipt): ObjectionReceiptDto {
    return { reference: r.reference, receivedAt: r.receivedAt, confirmEmailBy: r.confirmEmailBy };
  }
}

export class ConfirmObjectionEmailDto {
  @ApiProperty({ description: 'The token of the confirmation link mailed to the objector' })
  @IsString()
  @MinLength(16)
  @MaxLength(200)
  token: string;
}

export class ResolveObjectionDto {
  @ApiProperty({ enum: ['upheld', 'dismissed'] })
  @IsIn(['upheld', 'dismissed'])
  outcome: 'upheld' | 'dismissed';

  @ApiProperty({ maxLength: 2000, description: 'The decision’s reasons; for an upheld objection without re-review, the rejection reason the applicant reads' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'note must say why' })
  @MaxLength(2000)
  note: string;

  @ApiPropertyOptional({ default: false, description: 'Upheld only: send the file back to expert review (new reviewers) instead of rejecting it' })
  @IsOptional()
  @IsBoolean()
  reReview?: boolean;
}

export class ObjectionListQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ enum: OBJECTION_STATUSES })
  @IsOptional()
  @IsIn(OBJECTION_STATUSES)
  status?: ObjectionStatus;
}

export class ObjectionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'YY-2026-0012' }) reference: string;
  @ApiProperty({ format: 'uuid' }) noticeId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ nullable: true, type: String }) referenceNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) applicantName: string | null;
  @ApiProperty() objectorName: string;
  @ApiProperty({ nullable: true, type: String, example: 'w***@example.com', description: 'Masked like the phone (domain.md §10): the first character and the domain; in full through GET objections/:id/contact (audited)' })
  emailMasked: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the objector confirmed the e-mail address (null: not confirmed, or none given)' })
  emailConfirmedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, example: '138****8000', description: 'Masked (domain.md §10); the full number is stored encrypted' }) phoneMasked: string | null;
  @ApiProperty() statement: string;
  @ApiProperty({ enum: OBJECTION_STATUSES, description: 'unconfirmed: only an e-mail was given and it is not confirmed yet (not resolvable; it holds the notice until its link expires)' })
  status: ObjectionStatus;
  @ApiProperty({ nullable: true, type: Boolean }) reReview: boolean | null;
  @ApiProperty({ nullable: true, type: String }) resolutionNote: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) resolvedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) resolvedAt: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;

  static from(o: ObjectionView): ObjectionDto {
    return { ...o };
  }
}

export class ObjectionListDto extends CursorPageMeta {
  @ApiProperty({ type: [ObjectionDto] }) items: ObjectionDto[];
}

export class ObjectionContactDto {
  @ApiProperty({ format: 'uuid' }) objectionId: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'In full (personal data: the view is audited)' }) phone: string | null;
}

// --- calendar ----------------------------------------------------------------

export class CalendarDayDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ nullable: true, type: String, example: '春节 Spring Festival' }) name: string | null;
}

export class CalendarYearDto {
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: '50', description: 'Host province (GB/T 2260)' }) region: string;
  @ApiProperty({ description: 'Only a confirmed year can be used for notice periods' }) confirmed: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'seed:chinese-days@1.5.7', description: '`admin`, or the seed’s source' }) source: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) confirmedBy: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) confirmedAt: Date | null;
  @ApiProperty({ type: [CalendarDayDto], description: 'Public holidays (off, weekdays or not)' }) holidays: CalendarDayDto[];
  @ApiProperty({ type: [CalendarDayDto], description: 'Make-up working days (调休, on even on a weekend)' }) workdays: CalendarDayDto[];

  static from(v: CalendarYearView): CalendarYearDto {
    return { ...v };
  }
}

/** A year's calendar as an admin enters it; saving confirms the year. */
export class PutCalendarYearDto {
  @ApiProperty({ type: [String], format: 'date', example: ['2027-02-06', '2027-02-07'], description: 'Every public-holiday date of the year (YYYY-MM-DD)' })
  @IsArray()
  @ArrayMaxSize(366)
  @IsString({ each: true, message: 'each holiday must be a YYYY-MM-DD date' })
  holidays: string[];

  @ApiProperty({ type: [String], format: 'date', example: ['2027-02-20'], description: 'Every make-up working day of the year (YYYY-MM-DD)' })
  @IsArray()
  @ArrayMaxSize(366)
  @IsString({ each: true, message: 'each workday must be a YYYY-MM-DD date' })
  workdays: string[];
}
