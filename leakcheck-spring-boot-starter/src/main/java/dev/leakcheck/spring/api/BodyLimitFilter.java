package dev.leakcheck.spring.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leakcheck.model.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The size limit of the API's bodies that are not multipart uploads (those have Spring's
 * {@code spring.servlet.multipart.*} limits): a declared length over the limit is answered 413 before
 * anything is read; a body without a declared length is cut at the limit, which fails the read with 413.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * A filter of this limit.
     *
     * @param maxBytes the largest body read
     */
    public BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static ApiException tooLarge() {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE",
                Text.of("要求が大きすぎます。上限を超えています", "the request is larger than the limit"));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            ApiException refusal = tooLarge();
            response.setStatus(refusal.status().value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ApiErrors.body(refusal.status(), refusal.code(), refusal.text()).getBody());
            return;
        }
        chain.doFilter(new Bounded(request, maxBytes), response);
    }

    /** A request whose body stops with an error past the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) {
                        read += n;
                        if (read > maxBytes) {
                            throw tooLarge();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
