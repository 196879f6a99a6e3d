"""Repairs across candidates: a content inside quotation marks becomes that quote, reports
nested in another report's content are dropped, and a quote interrupted by "he said" or going on
in the next paragraph is joined into one."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from claimx.quotes.base import _Cand, _Doc
from claimx.quotes.constructions import VERB_OBJECT
from claimx.quotes.marks import _is_speech
from claimx.quotes.words import MAX_INTERRUPTION, QUOTE_CHARS, TRIM
from claimx.rules import tokens

if TYPE_CHECKING:
    pass


def _merge_regions(d: _Doc, cands: list[_Cand]) -> None:
    """A reported content inside quotation marks is that direct quote, whole; one with quoted
    fragments is a mixed quote, whose edge fragments keep their marks (“a” b, not a” b)."""
    text = d.text
    for cand in cands:
        if len(cand.parts) != 1:
            continue
        start, end = tokens.trim(text, *cand.parts[0], TRIM + QUOTE_CHARS)
        cue_at = cand.cue[0] if cand.cue is not None else -1
        nxt = bisect_left(d.region_starts, end)
        if (
            start < end
            and nxt < len(d.regions)
            and d.regions[nxt].start - end <= 4
            and not text[end : d.regions[nxt].start].strip(" ,:" + QUOTE_CHARS)
            and not d.regions[nxt].start <= cue_at < d.regions[nxt].end
            and cue_at < start
            and _is_speech(d, d.regions[nxt])
            # "defended the budget: “We made hard choices”": the object is what the verb
            # reports; the quote its colon opens is a report of its own (`_direct_cands`)
            and not (cand.rule == VERB_OBJECT and ":" in text[end : d.regions[nxt].start])
        ):
            # the parse stopped where the quote it introduces begins ("she recalled thinking,
            # “…”"): the content runs on to the end of that quote
            cand.parts = [(start, min(d.regions[nxt].end + 1, len(text)))]
            cand.kind = "mixed"
            cand.regions = [nxt]
            continue
        ks = d.regions_in(start, end)
        if not ks or start >= end:
            continue
        first, last = d.regions[ks[0]], d.regions[ks[-1]]
        if first.start < start or (first.start == start and end <= first.end):
            # the content starts inside a quote: the quote, if it holds most of the content
            inside = min(end, first.end) - start
            if inside * 2 >= end - start and not first.start <= cue_at < first.end:
                cand.parts = [(first.start, first.end)]
                cand.kind = "direct"
                cand.regions = [ks[0]]
            continue
        if len(ks) == 1 and not any(
            ch.isalnum() for ch in text[start : first.start] + text[first.end : end]
        ):
            # nothing but symbols around the quote: it is a direct quote
            if not first.start <= cue_at < first.end:
                cand.parts = [(first.start, first.end)]
                cand.kind = "direct"
                cand.regions = [ks[0]]
            continue
        if end < last.end:
            if last.end - end <= 2 and not text[end : last.end].strip(".,;:!?"):
                end = last.end  # “inevitable.”: the mark closes after the full stop
            else:
                # the quote runs on past the clause: the content runs to its end, with the
                # words that lead into it ("that “…”", "the “…”", and quoted fragments before
                # it: "any plan “must be fair”: “Talks are welcome but …”")
                inside = sum(min(end, d.regions[k].end) - d.regions[k].start for k in ks)
                if inside * 2 >= end - start and not last.start <= cue_at < last.end:
                    cand.parts = [(start, min(last.end + 1, len(text)))]
                    cand.kind = "mixed"
                    cand.regions = list(ks)
                continue
        if text[start - 1 : start] in QUOTE_CHARS and first.start == start:
            start -= 1
        if last.end == end and text[end : end + 1] in QUOTE_CHARS:
            end += 1
        cand.parts = [(start, end)]
        cand.kind = "mixed"


def _claimed(cands: list[_Cand], d: _Doc) -> set[int]:
    claimed: set[int] = set()
    for cand in cands:
        for s, e in cand.parts:
            for k in d.regions_in(s, e):
                region = d.regions[k]
                if cand.cue is not None and region.start <= cand.cue[0] < region.end:
                    continue
                claimed.add(k)
    return claimed


def _outermost(cands: list[_Cand]) -> list[_Cand]:
    """Drop reports whose cue lies inside another report's content.

    "X said the group plans to ...": the plan is part of what X said, not a second attribution
    of the article (a report that shares its speaker, "X said A, stressing B", has its cue cut
    out of A's clause and stays).
    """
    parts = sorted(p for c in cands for p in c.parts)
    starts = [s for s, _ in parts]
    reach: list[int] = []
    for _, end in parts:
        reach.append(max(end, reach[-1]) if reach else end)
    out = []
    for cand in cands:
        if cand.cue is not None and cand.nests:
            k = bisect_right(starts, cand.cue[0]) - 1
            if k >= 0 and reach[k] > cand.cue[0]:
                continue
        out.append(cand)
    return out


def _join_continuations(d: _Doc, cands: list[_Cand]) -> None:
    """ "“A,” he said, “B.”" and "“A,” he said. “B.”": one quote, several content parts.

    After the attributing sentence, quoted sentences that follow with nothing between them (the
    next paragraphs too) go on with the same speaker until a quote with a cue of its own.
    """
    by_region: dict[int, int] = {}
    for n, cand in enumerate(cands):
        for k in cand.regions:
            by_region.setdefault(k, n)
    absorbed: set[int] = set()
    text = d.text
    ends = d.words.end  # where each token's text ends: no `Token` per candidate
    blank = QUOTE_CHARS + " \t\r\n"
    for n, cand in enumerate(cands):
        if n in absorbed or cand.cue_i < 0 or cand.cue is None:
            continue
        sent_end = d.sents[d.sent_of[cand.cue_i]][1]
        cue_sent_end = ends[sent_end - 1]
        if cand.kind != "direct" or not cand.regions:
            # "The plan is dead, she said. “We start again.”": a reported content before its
            # cue goes on in the quote right after the attributing sentence
            if cand.cue[0] < cand.end or cand.regions:
                continue
            k = bisect_right(d.region_starts, cand.cue[0])
            if k >= len(d.regions):
                continue
            nxt = d.regions[k]
            gap = text[cand.cue[1] : nxt.start] if nxt.start < cue_sent_end else ""
            if nxt.start >= cue_sent_end:
                gap = text[cue_sent_end : nxt.start]
            if gap.strip(blank + ",.;:") or not _is_speech(d, nxt):
                continue
            other = by_region.get(k)
            if other is not None and other != n:
                o = cands[other]
                if o.cue is not None and o.cue != cand.cue:
                    continue
                absorbed.add(other)
            cand.parts.append((nxt.start, nxt.end))
            cand.regions.append(k)
            cand.kind = "mixed"
        k = cand.regions[-1]
        if cand.cue[0] < d.regions[k].end:
            continue  # the cue comes first: nothing to join across
        if cand.kind == "direct" and len(cand.regions) == 1:
            # a title quoted in the attributing sentence ("X said on “Meet the Press.”") does
            # not stop the quote from going on after it
            j = k + 1
            while (
                j < len(d.regions)
                and cand.cue[0] < d.regions[j].start
                and d.regions[j].end <= cue_sent_end
                and j not in by_region
                and not _is_speech(d, d.regions[j])
            ):
                j += 1
            if j > k + 1 and j < len(d.regions):
                nxt = d.regions[j]
                if (
                    nxt.start >= cue_sent_end
                    and not text[cue_sent_end : nxt.start].strip(blank)
                    and j not in by_region
                    and _is_speech(d, nxt)
                ):
                    cand.parts.append((nxt.start, nxt.end))
                    cand.regions.append(j)
                    k = j
        while k + 1 < len(d.regions):
            nxt = d.regions[k + 1]
            if k == cand.regions[0] and cand.kind == "direct":
                if not d.regions[k].end <= cand.cue[0] < nxt.start:
                    break
                # inside the attributing sentence, or right after it
                if nxt.start > cue_sent_end and text[cue_sent_end : nxt.start].strip(blank):
                    break
                if nxt.start - d.regions[k].end > MAX_INTERRUPTION and nxt.start < cue_sent_end:
                    break
            elif text[d.regions[k].end : nxt.start].strip(blank):
                break
            other = by_region.get(k + 1)
            if other is not None and other != n:
                o = cands[other]
                if o.cue is not None and o.cue != cand.cue:
                    break
                absorbed.add(other)
            elif not _is_speech(d, nxt) and not (
                # “It will pass,” he predicted, “but barely.”: a short rest of the quote in the
                # attributing sentence, after its comma, is still the quote
                k == cand.regions[0]
                and cand.kind == "direct"
                and nxt.start < cue_sent_end
                and text[d.regions[k].end : nxt.start].strip(blank).endswith(",")
            ):
                break
            cand.parts.append((nxt.start, nxt.end))
            cand.regions.append(k + 1)
            k += 1
    for n in sorted(absorbed, reverse=True):
        del cands[n]
