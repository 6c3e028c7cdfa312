/**
 * Assessment items aligned to the competency framework: their content model ({@link fr.plume.framework.content.Item}),
 * the answer-matching policy, the scorers, the JSON format ({@link fr.plume.framework.content.ItemJson}) and the
 * public view sent to the browser, which never contains an answer key.
 *
 * <p>Indices in answer keys are zero-based and refer to the order in which the author wrote the options.
 * Responses coming from a browser refer to the shuffled display order and must be translated back with
 * {@link fr.plume.framework.content.Presentation#toCanonical(Response)} before scoring.
 */
package fr.plume.framework.content;
