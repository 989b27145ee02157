package news.dateline.webhook;

import jakarta.inject.Singleton;
import news.dateline.catalogue.Timestamps;

/**
 * The webhook jobs for tests outside this package (the scheduler is off in tests): dispatch what changed and make one
 * round of sends now.
 */
@Singleton
public class WebhookJobs {

    private final WebhookDispatcher dispatcher;
    private final WebhookSender sender;

    WebhookJobs(WebhookDispatcher dispatcher, WebhookSender sender) {
        this.dispatcher = dispatcher;
        this.sender = sender;
    }

    public void dispatchAndSend() {
        dispatcher.dispatch();
        sender.sendDue(Timestamps.now());
    }
}
