using System;
using Seedream;
using Seedream.Models;
using OwnTablesLib;

namespace OwnTablesApp
{
    // One process, one model id, two project tables: each request is checked by its own project's catalog,
    // and a request by id alone (no table carried) is checked by the table of the catalog that validates it.
    internal static class Program
    {
        private static readonly SeedreamModelCatalog AppCatalog = SeedreamModelCatalog.Create(SeedreamProjectModels.Tables);

        private static int Main()
        {
            Report("application builder 8:3, application catalog", () => AppCatalog.Validate(Seedream60.Generate("a").Size(Seedream60Size.Ratio8x3).Build()));
            Report("library builder 7:3, library catalog", () => LibraryRequests.Validate(LibraryRequests.Panorama("b")));
            foreach (var size in new[] { "8:3", "7:3" })
            {
                Report("by id " + size + ", application catalog", () => AppCatalog.Validate(ById(size)));
                Report("by id " + size + ", library catalog", () => LibraryRequests.Validate(ById(size)));
            }

            return 0;
        }

        private static SeedreamRequest ById(string size) => SeedreamRequest.ForModel("seedream-6.0").Prompt("c").Size(size).Build();

        private static void Report(string label, Func<SeedreamRequest> validate)
        {
            try
            {
                Console.WriteLine(label + ": valid " + validate().Size);
            }
            catch (SeedreamValidationException error)
            {
                Console.WriteLine(label + ": refused " + error.Parameter + " - " + error.Message.Replace('\n', ' '));
            }
        }
    }
}
