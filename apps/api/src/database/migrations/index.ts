import { CreateIdentityAndPipeline1763780000000 } from './1763780000000-CreateIdentityAndPipeline';

/** Every migration class, in order. */
export const MIGRATIONS = [CreateIdentityAndPipeline1763780000000];
