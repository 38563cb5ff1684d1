import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CursorPageMeta, CursorQueryDto, LocalizedTextDto } from '@app/common';
import { FORM_VERSION_STATUSES, FormVersion, FormVersionStatus, JsonSchema, LEVELS, TitleLevel, UiHints } from '@app/applications';

/** One section of a form as the UI shows it (documentation of UiHints; the API checks the hints when a version is published). */
export class UiSectionHintDto {
  @ApiProperty({ example: 'identity' }) key: string;
  @ApiProperty({ example: '/properties/identity', description: 'JSON pointer into the schema' }) pointer: string;
  @ApiProperty({ example: '/identity', description: 'JSON pointer into the form data' }) dataPointer: string;
  @ApiProperty() order: number;
  @ApiProperty({ type: LocalizedTextDto }) label: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) help: LocalizedTextDto;
}

export class UiHintsDto {
  @ApiProperty({ type: [UiSectionHintDto] }) sections: UiSectionHintDto[];
}

export class CreateFormVersionDto {
  @ApiProperty({ example: 'default-intermediate', description: 'The form across its versions' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'formKey must be 2-64 lower-case letters, digits or dashes' })
  formKey: string;

  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS as string[])
  level: TitleLevel;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) titleZh: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) titleEn: string;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema draft 2020-12 of the form data; must keep the core sections (domain.md §5)' })
  @IsObject()
  schema: JsonSchema;

  @ApiProperty({ type: UiHintsDto, description: 'Sections, order, labels and help in zh-CN and en' })
  @IsObject()
  uiHints: UiHints;
}

/** A version in a list: what tells versions apart, without the schema and hints (GET forms/:id has them). */
export class FormVersionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() formKey: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: LEVELS }) level: TitleLevel;
  @ApiProperty() titleZh: string;
  @ApiProperty() titleEn: string;
  @ApiProperty({ enum: FORM_VERSION_STATUSES }) status: FormVersionStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;

  static from(form: FormVersion): FormVersionSummaryDto {
    return {
      id: form.id,
      formKey: form.formKey,
      version: form.version,
      level: form.level,
      titleZh: form.titleZh,
      titleEn: form.titleEn,
      status: form.status,
      publishedAt: form.publishedAt?.toISOString() ?? null,
      createdAt: form.createdAt.toISOString(),
    };
  }
}

/** A version with its schema and UI hints. */
export class FormVersionDto extends FormVersionSummaryDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'JSON Schema draft 2020-12' }) schema: Record<string, unknown>;
  @ApiProperty({ type: UiHintsDto }) uiHints: UiHintsDto;

  static override from(form: FormVersion): FormVersionDto {
    return { ...FormVersionSummaryDto.from(form), schema: form.schema, uiHints: form.uiHints };
  }
}

export class ListFormVersionsQueryDto extends CursorQueryDto {
  @ApiPropertyOptional({ enum: LEVELS })
  @IsOptional()
  @IsIn(LEVELS as string[])
  level?: TitleLevel;

  @ApiPropertyOptional({ enum: FORM_VERSION_STATUSES })
  @IsOptional()
  @IsIn(FORM_VERSION_STATUSES as readonly string[] as string[])
  status?: FormVersionStatus;
}

export class FormVersionPageDto extends CursorPageMeta {
  @ApiProperty({ type: [FormVersionSummaryDto] }) items: FormVersionSummaryDto[];
}
