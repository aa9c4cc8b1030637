using System;
using System.Globalization;

namespace Seedream.Rules
{
    /// <summary>
    /// The request rules every part of Seedream enforces, written once: the analyzers report them at compile
    /// time, the builders and the client's validation at run time. Compiled as source into both the generator
    /// assembly and the client (plain C#, no Roslyn or JSON dependency). Each function returns
    /// <see langword="null"/> when the value is fine, else the sentence that says what is wrong and what is allowed.
    /// </summary>
    internal static class SeedreamRules
    {
        /// <summary>The image count (<c>n</c>) must be at least 1.</summary>
        /// <param name="n">The image count.</param>
        public static string? ImageCountBelowOne(int n)
        {
            return n >= 1 ? null : "The image count (n) is " + Text(n) + "; it must be 1 or more.";
        }

        /// <summary>A model accepts at most <paramref name="max"/> reference images (<c>image_urls</c>).</summary>
        /// <param name="model">The model id.</param>
        /// <param name="count">How many reference images the request has.</param>
        /// <param name="max">The most the model accepts.</param>
        public static string? TooManyReferenceImages(string model, int count, int max)
        {
            return count <= max ? null : Text(count) + " reference images are given, but " + model + " accepts at most " + Text(max) + ".";
        }

        /// <summary>
        /// In image-set mode (<c>n</c> above 1), reference images + generated images must be at most
        /// <paramref name="maxTotal"/>. A single image (<c>n</c> of 1 or unset) is not an image set.
        /// </summary>
        /// <param name="model">The model id.</param>
        /// <param name="references">How many reference images the request has.</param>
        /// <param name="n">The image count.</param>
        /// <param name="maxTotal">The model's image-set total.</param>
        public static string? ImageSetTooLarge(string model, int references, int n, int maxTotal)
        {
            if (n <= 1 || (long)references + n <= maxTotal)
            {
                return null;
            }

            var allowed = Math.Max(0, maxTotal - references);
            return Text(references) + " reference images + " + Text(n) + " generated images = " + Text((long)references + n) + ", but " + model
                + " allows at most " + Text(maxTotal) + " in image-set mode; with " + Text(references) + " reference images, n may be at most " + Text(allowed) + ".";
        }

        /// <summary>A callback URL must be an absolute http or https URL.</summary>
        /// <param name="url">The callback URL as given.</param>
        public static string? CallbackUrlNotHttp(string url)
        {
            Uri? parsed;
            if (url != null && Uri.TryCreate(url, UriKind.Absolute, out parsed) && (parsed.Scheme == "http" || parsed.Scheme == "https"))
            {
                return null;
            }

            return "The callback URL \"" + url + "\" is not an absolute http or https URL; the finished task is posted to it.";
        }

        /// <summary>A number option must lie in its inclusive range; NaN never does.</summary>
        /// <param name="model">The model id.</param>
        /// <param name="parameter">The option as the caller knows it, e.g. <c>GuidanceScale</c> or <c>extra.guidance_scale</c>.</param>
        /// <param name="value">The value given.</param>
        /// <param name="min">The smallest allowed value, when there is one.</param>
        /// <param name="max">The largest allowed value, when there is one.</param>
        public static string? NumberOutOfRange(string model, string parameter, double value, double? min, double? max)
        {
            var below = min.HasValue && !(value >= min.Value);
            var above = max.HasValue && !(value <= max.Value);
            if (!below && !above && !double.IsNaN(value))
            {
                return null;
            }

            return parameter + " is " + Text(value) + ", but " + model + " accepts " + Range(min, max) + ".";
        }

        /// <summary>A prompt longer than the model recommends (a warning: the request is still sent).</summary>
        /// <param name="model">The model id.</param>
        /// <param name="length">The prompt's length in characters.</param>
        /// <param name="recommended">The model's recommended longest prompt.</param>
        public static string? PromptTooLong(string model, int length, int recommended)
        {
            return length <= recommended ? null : "The prompt has " + Text(length) + " characters; " + model + " recommends at most " + Text(recommended) + ".";
        }

        /// <summary>An inclusive range as text: <c>a number from 1 to 10</c>, <c>a number of at least 0</c>, <c>any number</c>.</summary>
        /// <param name="min">The smallest allowed value, when there is one.</param>
        /// <param name="max">The largest allowed value, when there is one.</param>
        public static string Range(double? min, double? max)
        {
            if (min.HasValue && max.HasValue)
            {
                return "a number from " + Text(min.Value) + " to " + Text(max.Value);
            }

            if (min.HasValue)
            {
                return "a number of at least " + Text(min.Value);
            }

            return max.HasValue ? "a number of at most " + Text(max.Value) : "any number";
        }

        private static string Text(long value)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        private static string Text(double value)
        {
            return value.ToString("R", CultureInfo.InvariantCulture);
        }
    }
}
