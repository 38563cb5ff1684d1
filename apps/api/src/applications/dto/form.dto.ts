import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { FormVersion, JsonSchema, LEVELS, TitleLevel, UiHints } from '@app/applications';

export class CreateFormVersionDto {
  @ApiProperty({ example: 'default-intermediate', description: 'The form across its versions' })
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/, { message: 'formKey must be 2-64 lower-case letters, digits or dashes' })
  formKey: string;

  @ApiProperty({ enum: LEVELS })
  @IsIn(LEVELS as string[])
  level: TitleLevel;

  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) titleZh: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(200) titleEn: string;

  @ApiProperty({ description: 'JSON Schema draft 2020-12 of the form data; must keep the core sections (domain.md §5)' })
  @IsObject()
  schema: JsonSchema;

  @ApiProperty({ description: 'Sections, order, labels and help in zh-CN and en' })
  @IsObject()
  uiHints: UiHints;
}

export class FormVersionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() formKey: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: LEVELS }) level: TitleLevel;
  @ApiProperty() titleZh: string;
  @ApiProperty() titleEn: string;
  @ApiProperty({ enum: ['draft', 'published'] }) status: string;
  @ApiPropertyOptional({ nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty() schema: object;
  @ApiProperty() uiHints: object;

  static from(form: FormVersion): FormVersionDto {
    return {
      id: form.id,
      formKey: form.formKey,
      version: form.version,
      level: form.level,
      titleZh: form.titleZh,
      titleEn: form.titleEn,
      status: form.status,
      publishedAt: form.publishedAt?.toISOString() ?? null,
      schema: form.schema,
      uiHints: form.uiHints,
    };
  }
}
