import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldProblemDto {
  @ApiProperty({ example: 'email' })
  path: string;
  @ApiProperty({ example: 'FIELD_IS_EMAIL' })
  code: string;
  @ApiProperty({ example: 'email must be an email' })
  message: string;
}

/** The one shape every error response has. */
export class ErrorBodyDto {
  @ApiProperty({ example: 400 })
  statusCode: number;
  @ApiProperty({ example: 'Bad Request' })
  error: string;
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable machine-readable code' })
  code: string;
  @ApiProperty({ example: 'Invalid fields: email' })
  message: string;
  @ApiPropertyOptional({ description: 'Per-field problems for validation errors, or code-specific data', type: [FieldProblemDto] })
  details?: unknown;
  @ApiProperty({ example: 'f3b0c442-98fc-4c14-8b3d-55c8e2f1a0aa' })
  requestId: string;
}
