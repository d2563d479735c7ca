/**
 * "Research report" (docs/report-format.md): the anonymised report of this profile, shown as
 * the exact JSON that a saved file holds, with the choice of noise (randomised response at a
 * stated ε) and a button that saves it as a file. Nothing is sent anywhere: the user decides
 * whom to give the file. A new choice, or "New draw", builds a new report (new nonce); its noisy
 * answers are the ones kept from reports saved before (src/report/answer-memo.ts), and saving a
 * report keeps the answers drawn for it, so giving many reports reveals no more than one.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RetailerProfile } from '../../src/model';
import {
  buildResearchReport,
  cryptoRandom,
  EPSILON_CHOICES,
  EPSILON_LN3,
  statedTruthProbability,
  type AnswerMemo,
} from '../../src/report';
import { keepReportAnswers } from '../storage/report-answers';
import { t } from '../ui/i18n';
import type { DashboardData } from './data';
import { loadReportContext, type ReportContext } from './report-data';

/** The noise choices: index into EPSILON_CHOICES, or -1 for none. ln 3 is offered first. */
const NONE = -1;

function epsilonLabel(index: number): string {
  if (index === NONE) return t('researchNoiseNone');
  const epsilon = EPSILON_CHOICES[index]!;
  const name = epsilon === EPSILON_LN3 ? 'ln 3' : String(epsilon);
  return t('researchNoiseEpsilon', name, Math.round(statedTruthProbability(epsilon) * 100));
}

export function ReportPage({ data, retailers }: { data: DashboardData; retailers: RetailerProfile[] }) {
  const [context, setContext] = useState<ReportContext | undefined>();
  const [error, setError] = useState('');
  const [choice, setChoice] = useState(0);
  const [draw, setDraw] = useState(0);
  const [status, setStatus] = useState('');
  // The kept answers: a ref, so that keeping a saved report's draws does not rebuild the report shown.
  const kept = useRef<AnswerMemo>(new Map());
  useEffect(() => {
    loadReportContext().then(
      (loaded) => {
        kept.current = loaded.answers;
        setContext(loaded);
      },
      (reason: unknown) => setError(String(reason)),
    );
  }, []);

  const payload = useMemo(() => {
    if (!context) return undefined;
    // A copy: answers drawn for a report that is never saved were given to no one and are not kept.
    const memo = new Map(kept.current);
    const report = buildResearchReport({
      profiles: retailers,
      organizationKeys: new Set(data.organizations.keys()),
      allowlist: context.allowlist,
      settings: context.settings,
      gpcChecks: context.gpcChecks,
      now: Date.now(),
      origin: 'volunteer',
      extensionVersion: context.extensionVersion,
      epsilon: choice === NONE ? undefined : EPSILON_CHOICES[choice],
      random: cryptoRandom,
      memo,
    });
    return {
      period: report.period,
      text: JSON.stringify(report, null, 2),
      memo,
      shops: Object.keys(report.shops),
    };
    // `draw` asks for a fresh report with the same choice.
  }, [context, data, retailers, choice, draw]);

  const save = () => {
    if (!payload) return;
    const url = URL.createObjectURL(new Blob([payload.text], { type: 'application/json' }));
    const fileName = `glass-customer-report-${payload.period}.json`;
    Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    kept.current = payload.memo;
    keepReportAnswers(payload.memo, payload.shops).then(
      () => setStatus(t('researchSaved', fileName)),
      (reason: unknown) => setError(String(reason)),
    );
  };

  return (
    <section aria-labelledby="report-heading" data-testid="report-page">
      <h2 id="report-heading">{t('researchTitle')}</h2>
      <p>{t('researchIntro')}</p>
      <p class="muted">{t('researchNever')}</p>
      <fieldset>
        <legend>{t('researchNoiseLegend')}</legend>
        {[NONE, ...EPSILON_CHOICES.keys()].map((index) => {
          return (
            <label key={index}>
              <input
                type="radio"
                name="report-noise"
                checked={choice === index}
                data-testid={`report-noise-${index === NONE ? 'none' : index}`}
                onChange={() => {
                  setChoice(index);
                  setStatus('');
                }}
              />{' '}
              {epsilonLabel(index)}
            </label>
          );
        })}
        <p class="muted">{t('researchNoiseHelp')}</p>
      </fieldset>
      {error && (
        <p role="alert" data-testid="report-error">
          {error}
        </p>
      )}
      {payload && (
        <>
          <p>
            <button type="button" data-testid="report-save" onClick={save}>
              {t('researchSave')}
            </button>{' '}
            <button
              type="button"
              class="secondary"
              data-testid="report-redraw"
              onClick={() => setDraw(draw + 1)}
            >
              {t('researchRedraw')}
            </button>
          </p>
          <p role="status" class="muted" data-testid="report-status">
            {status}
          </p>
          <h3 id="report-payload-heading">{t('researchPayloadHeading')}</h3>
          <pre
            class="report-payload"
            tabIndex={0}
            aria-labelledby="report-payload-heading"
            data-testid="report-payload"
          >
            {payload.text}
          </pre>
        </>
      )}
    </section>
  );
}
