package cn.tianjin.quality.review;

import cn.tianjin.quality.platform.NotFoundException;
import cn.tianjin.quality.platform.AccessDeniedException;
import cn.tianjin.quality.platform.security.CurrentUser;
import cn.tianjin.quality.platform.web.Ids;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Downloads a rubric version as JSON (/official/rubric-export?id=), the same format the import reads. */
@WebServlet("/official/rubric-export")
public class RubricExportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient RubricService rubrics;

    @Inject
    transient CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        RubricVersion v;
        try {
            v = rubrics.get(currentUser.actor(), Ids.parse(req.getParameter("id")));
        } catch (NotFoundException | AccessDeniedException e) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        res.setContentType("application/json;charset=UTF-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"" + v.getRubric().getCode() + "-v" + v.getVersionNo() + ".json\"");
        res.getOutputStream().write(v.json().getBytes(StandardCharsets.UTF_8));
    }
}
