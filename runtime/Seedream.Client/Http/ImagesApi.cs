using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Seedream.Failures;
using Seedream.Upstream;
using Seedream.Transport;
using Seedream.Transport.ModelArk;

namespace Seedream.Http;

/// <summary>
/// The upstream images API's one request (<c>POST /images/generations</c>), answered whole or as an open event stream.
/// Each attempt is classified once (<see cref="FailureClassifier"/>) and run by the <see cref="RetryPipeline{T}"/> under
/// the call's <see cref="ApiCall"/>, whose request is <see cref="ApiRequest.Generate"/>: a create, so it is sent again
/// only when it certainly made nothing (refused before sending, a 429, a 503 with the error envelope).
/// </summary>
internal sealed class ImagesApi
{
    private const string RequestIdHeader = "X-Client-Request-Id";
    private const string Path = "images/generations";

    private readonly SeedreamHttp _http;
    private readonly FailureClassifier _classifier;
    private readonly TimeProvider _time;
    private readonly RetryPipeline<ImageGenerationResponse> _answers;
    private readonly RetryPipeline<HttpResponseMessage> _streams;

    public ImagesApi(SeedreamHttp http, FailureClassifier classifier, SeedreamRetryOptions retry, TimeProvider time, Func<double> random)
    {
        _http = http;
        _classifier = classifier;
        _time = time;
        _answers = new RetryPipeline<ImageGenerationResponse>(retry, time, random);
        _streams = new RetryPipeline<HttpResponseMessage>(retry, time, random);
    }

    /// <summary>Makes the images and answers them whole; an answer whose top-level <c>error</c> stands beside no image is a failure.</summary>
    public ValueTask<Attempt<ImageGenerationResponse>> GenerateAsync(ApiCall call, ImageGenerationRequest body, string requestId, CancellationToken cancellationToken) =>
        _answers.RunAsync(call, GenerateOnceAsync, (Api: this, Call: call, Images: _http.Images(), Body: body, RequestId: requestId), cancellationToken);

    /// <summary>
    /// Sends the streaming request and answers the response once its headers show a 2xx event stream (or a 2xx JSON
    /// answer, from a server that does not stream); its body is the caller's to read and dispose.
    /// </summary>
    public ValueTask<Attempt<HttpResponseMessage>> OpenStreamAsync(ApiCall call, ImageGenerationRequest body, string requestId, CancellationToken cancellationToken) =>
        _streams.RunAsync(call, OpenOnceAsync, (Api: this, Call: call, Client: _http.Api(), Body: UpstreamRequests.Serialize(body), RequestId: requestId), cancellationToken);

    private static async ValueTask<Attempt<ImageGenerationResponse>> GenerateOnceAsync(
        (ImagesApi Api, ApiCall Call, IModelArkImagesClient Images, ImageGenerationRequest Body, string RequestId) run, CancellationToken attemptToken, CancellationToken callerToken)
    {
        var started = run.Api._time.GetTimestamp();
        try
        {
            var answer = await run.Images.GenerateImagesAsync(run.RequestId, run.Body, attemptToken).ConfigureAwait(false);
            run.Call.Answered(null, run.Api._time.GetElapsedTime(started));
            if (answer.Error is { } error && (answer.Data is null || answer.Data.All(item => item?.Error is not null)))
            {
                return Attempt<ImageGenerationResponse>.Failed(run.Api._classifier.OfUpstreamError(error.Code, error.Message, "the answer", mayHaveCreated: false));
            }

            return Attempt<ImageGenerationResponse>.Succeeded(answer);
        }
        catch (Exception exception) when (run.Api._classifier.Classify(exception, run.Call, null, callerToken) is { } failure)
        {
            return Attempt<ImageGenerationResponse>.Failed(failure);
        }
    }

    private static async ValueTask<Attempt<HttpResponseMessage>> OpenOnceAsync(
        (ImagesApi Api, ApiCall Call, HttpClient Client, string Body, string RequestId) run, CancellationToken attemptToken, CancellationToken callerToken)
    {
        var started = run.Api._time.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(run.Body, Encoding.UTF8, "application/json") };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            request.Headers.TryAddWithoutValidation(RequestIdHeader, run.RequestId);
            SingleSendHandler.Mark(request);
            BoundedAnswerHandler.MarkStreaming(request);
            response = await run.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attemptToken).ConfigureAwait(false);
            run.Call.Answered(null, run.Api._time.GetElapsedTime(started));
            var status = (int)response.StatusCode;
            var json = string.Equals(response.Content?.Headers.ContentType?.MediaType, "application/json", StringComparison.OrdinalIgnoreCase);
            if (status >= 200 && status < 300 && (BoundedAnswerHandler.IsEventStream(response) || json))
            {
                return Attempt<HttpResponseMessage>.Succeeded(response);
            }

            // Any other answer was read whole, bounded, by BoundedAnswerHandler: it is classified as the transport's would be.
            var text = response.Content is null ? null : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            var headers = response.Headers.Concat(response.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
                .GroupBy(header => header.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(group => group.Key, group => group.First().Value, StringComparer.OrdinalIgnoreCase);
            response.Dispose();
            var what = status >= 200 && status < 300 ? "a 2xx answer that is neither an event stream nor JSON" : "an error status";
            throw new SeedreamApiException($"The images API answered {what} (HTTP {status}).", status, text, headers, null);
        }
        catch (Exception exception) when (run.Api._classifier.Classify(exception, run.Call, null, callerToken) is { } failure)
        {
            response?.Dispose();
            return Attempt<HttpResponseMessage>.Failed(failure);
        }
    }
}
