import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Insert one row. TypeORM's insert typing cannot express JSONB columns typed as
 * records, so this takes the entity's own shape and casts once, here.
 */
export async function insertRow<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, values: Partial<T>): Promise<void> {
  await manager.insert(target, values as never);
}
