/**
 * A mail worker in a process of its own, for the test that kills one mid-delivery (SIGKILL, as a
 * crash would). Reads DATABASE_URL and SMTP_URL; prints "klaar" once it takes jobs.
 */
import { createPrismaClient } from '@/lib/prisma-client';
import { startTestMailWorker } from './mail-worker-fixture';

const databaseUrl = process.env.DATABASE_URL!;
void startTestMailWorker({ databaseUrl, db: createPrismaClient(databaseUrl), smtpUrl: process.env.SMTP_URL! }).then(() => console.log('klaar'));
