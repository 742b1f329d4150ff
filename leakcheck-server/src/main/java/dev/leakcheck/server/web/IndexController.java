package dev.leakcheck.server.web;

import dev.leakcheck.spring.LeakcheckRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the rules serving, and the way to the 事案 and ルール pages and the API. */
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
