"""Peak memory of one transport call answered by a gzip bomb, measured in a fresh process.

`python -m tests.engines.bomb_probe DECODED_MB [LIMIT_MB]` prints one JSON object: the error category and
sentence, the requests the server saw, and how far the process's peak RSS grew during the call (MB).
The bomb is made a megabyte at a time before the baseline is taken, so the growth is the call's alone.
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import sys

import httpx

from desktop_app.engines.base import Profile
from desktop_app.engines.errors import EngineError
from desktop_app.engines.transport import MAX_ANSWER_BYTES, RetryPolicy, Transport
from tests.fakes.hostile import BombServer, gzip_bomb

MB = 1024 * 1024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


async def probe(decoded_mb: int, limit_mb: float) -> dict[str, object]:
    bomb = gzip_bomb(decoded_mb * MB)
    with BombServer(bomb) as server:
        transport = Transport(Profile(name="bomb", vendor="structocr"), max_answer_bytes=int(limit_mb * MB),
                              policy=RetryPolicy(backoff_s=(0.05,), deadline_s=60.0))
        gc.collect()
        baseline = _peak_mb()
        outcome: dict[str, object]
        try:
            response, _ = await transport.send(
                lambda _a: transport.client.build_request("POST", server.base_url + "/ocr", content=b"{}"),
                lambda _r: None)
            outcome = {"category": None, "decoded_bytes": len(response.content)}
        except EngineError as err:
            outcome = {"category": err.category, "sentence": str(err), "attempts": err.attempts}
        finally:
            await transport.aclose()
        growth = _peak_mb() - baseline
        return {**outcome, "requests": len(server.requests), "bomb_bytes": len(bomb),
                "peak_rss_growth_mb": round(growth, 1), "httpx": httpx.__version__}


if __name__ == "__main__":
    decoded = int(sys.argv[1])
    limit = float(sys.argv[2]) if len(sys.argv) > 2 else MAX_ANSWER_BYTES / MB
    print(json.dumps(asyncio.run(probe(decoded, limit))))
