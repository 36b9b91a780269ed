package org.w3id.newsgraph.server;

import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/**
 * Fuseki's Graph Store read, with the default graph ({@code GET ?default}) as the union of all named graphs, as
 * SPARQL queries see it. TDB2's {@code unionDefaultGraph} applies to queries only, so Fuseki's own handler
 * answered the stored default graph, which newsgraph never writes: 200 and an empty body. Named graphs
 * ({@code ?graph=IRI}) and the whole dataset (no parameter) are Fuseki's.
 */
final class UnionGraphStoreRead extends GSP_R {
    @Override
    protected void doGet(HttpAction action) {
        if (!asksForDefault(action)) {
            super.doGet(action);
            return;
        }
        ActionLib.setCommonHeaders(action);
        MediaType type = ActionLib.contentNegotationRDF(action);
        Lang lang = RDFLanguages.contentTypeToLang(type.getContentTypeStr());
        if (lang == null) {
            lang = Lang.TURTLE;
        }
        action.beginRead();
        try {
            ActionLib.graphResponse(action, action.getActiveDSG().getUnionGraph(), lang);
            ServletOps.success(action);
        } finally {
            action.endRead();
        }
    }

    private static boolean asksForDefault(HttpAction action) {
        return action.getRequestParameter("default") != null && action.getRequestParameter("graph") == null;
    }
}
