import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';

import type { Config } from '../config';

/** A running tracing setup: flush its spans before the process exits. */
export interface Tracing {
  /** Sends the spans not yet exported and stops the exporter. */
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry tracing when the configuration asks for it (OTEL_TRACING=true): spans of
 * every HTTP request (`requestTracing`) with a child span per Cypher statement
 * (`inStatementSpan`), exported over OTLP/HTTP to the configured collector, joining a caller's
 * trace from its `traceparent` header. Null, and no cost beyond no-op spans, when off.
 */
export function startTracing(config: Config): Tracing | null {
  if (!config.tracing) return null;
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      'service.name': config.tracing.serviceName,
      'deployment.environment.name': config.env,
    }),
    spanProcessors: [
      new BatchSpanProcessor({
        exporter: new OTLPTraceExporter({
          url: config.tracing.tracesEndpoint,
          // Agents made here: the exporter's own factory loads node:http with a dynamic import.
          httpAgentOptions: (protocol) =>
            protocol === 'http:'
              ? new HttpAgent({ keepAlive: true })
              : new HttpsAgent({ keepAlive: true }),
        }),
      }),
    ],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  return {
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}
