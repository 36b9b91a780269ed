package org.w3id.newsgraph.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation of one article against its gold file.
 *
 * @param doc               the gold document name
 * @param extracted         false when no extraction result was given for it (everything then counts as missed)
 * @param scores            per category
 * @param subtypeCorrect    typed matches whose most specific type equals the gold subtype
 * @param subtypeTotal      typed matches
 * @param boilerplateLeaks  extracted entities that match only boilerplate-only gold entities (must be empty)
 * @param bodyStartOk       whether the body starts with the gold's opening words; null when the gold has none
 * @param bodyStartExpected the gold's opening words
 * @param bodyStartActual   the first characters of the extracted body, whitespace collapsed
 * @param findings          misses, spurious items and notes, in category order
 * @param quoteCases        required gold quotes not credited to their speaker, with their sentences
 */
public record DocumentReport(String doc, boolean extracted, Map<Category, Score> scores, int subtypeCorrect,
        int subtypeTotal, List<String> boilerplateLeaks, Boolean bodyStartOk, String bodyStartExpected,
        String bodyStartActual, List<Finding> findings, List<QuoteCase> quoteCases) {
    public DocumentReport {
        scores = Map.copyOf(new EnumMap<>(scores));
        boilerplateLeaks = List.copyOf(boilerplateLeaks);
        findings = List.copyOf(findings);
        quoteCases = List.copyOf(quoteCases);
    }

    public Score score(Category c) {
        return scores.getOrDefault(c, Score.ZERO);
    }

    public List<Finding> findings(Finding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
