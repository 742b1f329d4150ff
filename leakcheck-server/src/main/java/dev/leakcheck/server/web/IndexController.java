package dev.leakcheck.server.web;

import dev.leakcheck.spring.LeakcheckRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages (Thymeleaf templates under {@code templates/}). For now the start page only, which proves the
 * templates are wired; the 事案 and ルール pages come here, calling {@link dev.leakcheck.server.IncidentService}
 * and {@link dev.leakcheck.server.RulesPublishing}.
 */
@Controller
public class IndexController {

    private final LeakcheckRules rules;

    IndexController(LeakcheckRules rules) {
        this.rules = rules;
    }

    /**
     * @param model the page's model
     * @return the start page
     */
    @GetMapping("/")
    public String index(Model model) {
        model.addAttribute("rules", rules.current());
        return "index";
    }
}
