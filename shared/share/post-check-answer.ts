import { sendToBackground } from '../messaging';

/**
 * The employee's answer to "Did your post about ... go out?": Yes is posted, Not yet abandoned.
 * The background writes it to My history; a refusal rejects, so the question stays on screen.
 */
export async function answerPostCheck(id: string, posted: boolean): Promise<void> {
  const saved = await sendToBackground({
    type: 'shares/update-status',
    id,
    status: posted ? 'posted' : 'abandoned',
  });
  if (!saved.ok) throw new Error(saved.reason);
}
