import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CursorPageMeta } from '@app/common';
import { FailedDeliveryRow, maskEmail, maskRecipientKey, NOTIFICATION_TYPE_NAMES, RetriedDelivery, TEMPLATE_LOCALES, TemplateLocale, TemplatePreview, UNSETTLED_AFTER_MINUTES } from '@app/notifications';

export class FailedDeliveryDto {
  @ApiProperty({ format: 'uuid', description: 'Id for POST /admin/notifications/{id}/retry: the delivery id, or the event UUID of an event item' }) id: string;
  @ApiProperty({
    enum: ['delivery', 'event'],
    description:
      "'delivery': one (event, recipient, channel) that failed for good (permanent SMTP error or retries exhausted). " +
      "'event': an event whose delivery job ended without finishing it (attempts exhausted before anything was recorded, e.g. while the database was down; undeliverable; or lost with the queue); a retry sends whatever of it was not sent",
  })
  kind: 'delivery' | 'event';
  @ApiProperty({ example: '1234', description: 'The outbox event the delivery belongs to' }) eventId: string;
  @ApiProperty({ enum: NOTIFICATION_TYPE_NAMES }) type: string;
  @ApiProperty({ enum: ['email', 'inbox'], nullable: true, type: String, description: 'null for an event item (all its channels)' }) channel: string | null;
  @ApiProperty({ example: 'zh***@example.com', nullable: true, type: String, description: 'The address, masked (the account id is in userId); null for an event item (all its recipients)' })
  recipient: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) userId: string | null;
  @ApiProperty({ example: 1, nullable: true, type: Number, description: 'Recorded send attempts; null for an event item' }) attempts: number | null;
  @ApiProperty({ nullable: true, type: String, example: 'SMTP 550: Mailbox unavailable' }) lastError: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'When it last failed; for an event item, when it was last handed to the queue' }) updatedAt: string;

  static from(row: FailedDeliveryRow): FailedDeliveryDto {
    const event = row.kind === 'event';
    return {
      id: row.id,
      kind: row.kind,
      eventId: row.outboxId,
      type: row.type,
      channel: row.channel,
      recipient: event ? null : row.email ? maskEmail(row.email) : maskRecipientKey(row.recipientKey ?? ''),
      userId: row.userId,
      attempts: row.attempts,
      lastError: event ? `Not delivered ${UNSETTLED_AFTER_MINUTES} minutes after it was queued: its delivery job ended without finishing it` : row.lastError,
      createdAt: new Date(row.createdAt).toISOString(),
      updatedAt: new Date(row.updatedAt).toISOString(),
    };
  }
}

export class FailedDeliveryPageDto extends CursorPageMeta {
  @ApiProperty({ type: [FailedDeliveryDto] }) items: FailedDeliveryDto[];
}

export class RetriedDeliveryDto implements RetriedDelivery {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['pending'] }) status: 'pending';
  @ApiProperty({ example: 'retry-6f1d2c3e-8a4b-4c1d-9e2f-0a1b2c3d4e5f-1-a1b2c3', description: 'The BullMQ job that will deliver it' }) jobId: string;
}

export class TemplatePreviewQueryDto {
  @ApiPropertyOptional({ enum: TEMPLATE_LOCALES, default: 'zh-CN' })
  @IsOptional()
  @IsIn(TEMPLATE_LOCALES)
  locale?: TemplateLocale;
}

export class TemplatePreviewDto implements TemplatePreview {
  @ApiProperty({ example: 'application.returned' }) key: string;
  @ApiProperty({ enum: TEMPLATE_LOCALES }) locale: TemplateLocale;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'Inbox title' }) title: string;
  @ApiProperty({ description: 'Inbox body' }) body: string;
  @ApiProperty({ description: 'E-mail HTML, every value escaped' }) html: string;
  @ApiProperty({ description: 'E-mail plain text' }) text: string;
  @ApiProperty({ type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] }, description: 'The sample values used' })
  variables: Record<string, string | number>;
}

export class QueueDashboardSessionDto {
  @ApiProperty({ example: '/admin/queues' }) url: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}
