"""b25-009: commercial, complete. Styles (2) Epic notes with revision history + (3) letter of
medical necessity with tables. PI*SZ with serum AAT below threshold. Aralast NP 3 x 1 g + 1 x 500 mg
= 3,500 mg, no waste, J0256 350 JZ."""

CHART_ID = "b25-009"
DOS = "2026-02-24"
PAYER = {"profile": "commercial", "name": "UnitedHealthcare Choice Plus"}
PRIOR_AUTH = "A071458823"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 350, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
Sierra Vista Medical Center                                    Printed 2/25/2026 7:31 AM
NAKASHIMA-REYES, CORINNE A     MRN: SV1188043     DOB: 5/8/1973 (52 yo F)
Encounter: 2/24/2026  Infusion Visit - SVMC Ambulatory Infusion - Faleolo, Tavita MD

Infusion Nursing Note
Marisol Aguirre, RN at 2/24/2026 12:55 PM
   Author: Marisol Aguirre, RN   Service: Ambulatory Infusion   Author Type: Registered Nurse
   Filed: 2/24/2026 4:48 PM      Date of Service: 2/24/2026 12:55 PM    Status: Addendum
   Editor: Marisol Aguirre, RN (Registered Nurse)
   Related Notes: Original Note by Marisol Aguirre, RN filed at 2/24/2026 2:10 PM

Addendum 2/24/2026 4:45 PM - correction of 500 mg vial: the lot/exp in my 2:10 PM note came
from a vial that was scanned, found with a crushed carton and returned to pharmacy unopened
(pharmacy ticket 88-2241). Vial actually reconstituted and infused is listed below.

Reason for visit: weekly Aralast NP for alpha-1 antitrypsin deficiency (PI*SZ).
UHC auth A071458823 on file, 10/15/2025-10/14/2026.
Checked in 12:55. Wt 58.6 kg. BP 108/64, HR 72, RR 16, T 36.5, SpO2 96% (1:02 PM).
No fever, no new sputum, no antibiotics or prednisone since last week.
PIV 24g L hand 1:09 PM, flushed.
Aralast NP 60 mg/kg; dispensed 3 x 1,000 mg + 1 x 500 mg:
   1,000 mg vials: lot LE25H208AB, exp 04/30/2027
   500 mg vial:    lot LE25C031AC, exp 10/31/2026
Reconstituted per package insert (175 mL total).
Infusion started 1:18 PM via 5 micron filter, 4.7 mL/min.
Infusion completed 1:52 PM. Aralast NP 3,500 mg given; all four vials used, no waste.
VS 2:00 PM BP 110/66, HR 74, SpO2 97%. No rash, itching, chest tightness.
PIV out 2:04 PM. Discharged ambulatory 2:08 PM. Next 3/3/2026 1:00 PM.

Electronically signed by Marisol Aguirre, RN at 2/24/2026 4:48 PM

Revision History
     Date/Time             User                       Provider Type       Action
   > 2/24/2026 4:48 PM     Marisol Aguirre, RN        Registered Nurse    Addend
     2/24/2026 2:10 PM     Marisol Aguirre, RN        Registered Nurse    Sign

Previous Version (Marisol Aguirre, RN - 2/24/2026 2:10 PM)
   Filed by: Marisol Aguirre, RN   2/24/2026 2:10 PM
   Aralast NP 60 mg/kg; dispensed 3 x 1,000 mg + 1 x 500 mg:
      1,000 mg vials: lot LE25H208AB, exp 04/30/2027
      500 mg vial:    lot LE24K009AC, exp 12/31/2025
   Infusion started 1:18 PM. Completed 1:52 PM. 3,500 mg given, no waste.
"""

D2 = """
SIERRA VISTA PULMONARY & CRITICAL CARE
1450 Arroyo Verde Dr., Suite 200, Fresno, CA 93720      P 559-555-0108   F 559-555-0109

September 15, 2025

UnitedHealthcare - Clinical Pharmacy / Medical Benefit Drug Review
RE: Letter of medical necessity - continuation of Aralast NP (alpha1-proteinase inhibitor)
Patient: Corinne A. Nakashima-Reyes     DOB 05/08/1973     Member ID 882104457-01
Diagnosis: E88.01 alpha-1-antitrypsin deficiency; J43.1 panlobular emphysema
Requested: Aralast NP 60 mg/kg IV once weekly, 52 doses, HCPCS J0256

Dear Medical Director,
Ms. Nakashima-Reyes is a 52-year-old former smoker (15 pack-years, quit 2012) with alpha-1
antitrypsin deficiency due to compound heterozygosity for the S and Z alleles, with
repeatedly low serum levels and progressive panlobular emphysema. She started Aralast NP in
10/2024. I request continuation for 12 months.

1. Laboratory
   Date        Test                                         Result         Ref
   03/08/2022  AAT, serum (nephelometry)                    48 mg/dL       100-190 mg/dL
   03/08/2022  CRP                                          0.9 mg/L       <5 mg/L
   06/20/2023  AAT, serum (nephelometry), repeat            51 mg/dL       100-190 mg/dL
   06/20/2023  SERPINA1 genotype: c.863A>T (PI*S) het. and
               c.1096G>A (PI*Z) het. = PI*SZ                SZ             --

2. Pulmonary function (post-bronchodilator)
   Date        FEV1 L   FEV1 %pred   FEV1/FVC   DLCO %pred   TLC %pred
   04/2021     1.92     63           0.58       66           112
   06/2023     1.79     59           0.55       60           117
   08/2025     1.71     57           0.53       55           119

3. Exacerbations and imaging by year
   Year   Exacerbations   ED/admit   Imaging
   2022   2               1 ED       CT: mild basal panlobular emphysema
   2023   3               1 admit    --
   2024   2               0          CT: progression of basal emphysema (augmentation 10/2024)
   2025   0 (to date)     0          --

Your policy lists "Pi*ZZ, Pi*Z(null), Pi*(null)(null) protein phenotypes (homozygous) or
other disease-causing alleles" and serum AAT below 11 umol/L. PI*SZ with serum levels of
48-51 mg/dL by nephelometry is a disease-causing genotype with a level in the deficient
range. Since augmentation she has had no exacerbation and her FEV1 has held at 1.71 L.
Current weight 59.4 kg. She takes budesonide/formoterol 160/4.5 and tiotropium daily.

Respectfully,
Tavita Faleolo, MD, Pulmonary & Critical Care Medicine
Signed 09/15/2025
"""

D3 = """
Sierra Vista Medical Center                                    Printed 2/25/2026 7:32 AM
NAKASHIMA-REYES, CORINNE A     MRN: SV1188043     DOB: 5/8/1973 (52 yo F)
Encounter: 1/27/2026  Office Visit - SVMC Pulmonary - Faleolo, Tavita MD

Progress Notes
Faleolo, Tavita MD at 1/27/2026 2:30 PM
   Author: Faleolo, Tavita MD   Service: Pulmonary   Author Type: Physician
   Filed: 1/27/2026 6:02 PM     Date of Service: 1/27/2026 2:30 PM    Status: Signed
   Editor: Faleolo, Tavita MD (Physician)

HPI: 52F with AATD (PI*SZ, AAT 48-51 mg/dL) and panlobular emphysema on Aralast NP weekly
since 10/2024. No exacerbations in the 15 months on therapy (2-3/yr before). Walking 30 min
daily, mMRC 1. Sister PI*MS (normal level). Former smoker, no relapse.
Exam: Wt 59.0 kg, BP 112/68, SpO2 96% RA. Diminished at both bases.
Spirometry today: post-BD FEV1 1.70 L (56% predicted), FEV1/FVC 0.53.
A/P:
1. AATD PI*SZ - responding to augmentation: exacerbation-free since starting and FEV1 flat
   (1.71 -> 1.70 L). Continue Aralast NP 60 mg/kg IV weekly.
2. Panlobular emphysema - continue Symbicort and Spiriva.
3. Liver: ALT 22, elastography 5.1 kPa (normal).
RTC 6 months.
Electronically signed by Faleolo, Tavita MD at 1/27/2026 6:02 PM

Revision History
     Date/Time             User                       Provider Type       Action
   > 1/27/2026 6:02 PM     Faleolo, Tavita MD         Physician           Sign
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-24", "text": D1},
    {"id": "d2", "type": "other", "date": "2025-09-15", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-27", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "alpha-1 antitrypsin deficiency (PI*SZ)"},
    {"kind": "genotype", "alleles": ["S", "Z"], "_doc": "d2", "_ev": "c.1096G>A (PI*Z) het. = PI*SZ"},
    {"kind": "serum_aat", "value": 48, "unit": "mg/dL", "_doc": "d2", "_ev": "AAT, serum (nephelometry)                    48 mg/dL"},
    {"kind": "serum_aat", "value": 51, "unit": "mg/dL", "_doc": "d2", "_ev": "AAT, serum (nephelometry), repeat            51 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "J43.1 panlobular emphysema"},
    {"kind": "weight", "value": 58.6, "unit": "kg", "value_kg": 58.6, "_date": "2026-02-24", "_doc": "d1", "_ev": "Wt 58.6 kg"},
    {"kind": "weight", "value": 59.0, "unit": "kg", "value_kg": 59.0, "_date": "2026-01-27", "_doc": "d3", "_ev": "Wt 59.0 kg"},
    {"kind": "weight", "value": 59.4, "unit": "kg", "value_kg": 59.4, "_date": "2025-09-15", "_doc": "d2", "_ev": "Current weight 59.4 kg"},
    {"kind": "dose", "value": 3500, "_doc": "d1", "_ev": "Aralast NP 3,500 mg given; all four vials used, no waste."},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "all four vials used, no waste"},
    {"kind": "lot_number", "value": "LE25H208AB", "_doc": "d1", "_ev": "1,000 mg vials: lot LE25H208AB"},
    {"kind": "lot_number", "value": "LE25C031AC", "_doc": "d1", "_ev": "500 mg vial:    lot LE25C031AC"},
    {"kind": "expiration_date", "value": "2027-04-30", "_doc": "d1", "_ev": "lot LE25H208AB, exp 04/30/2027"},
    {"kind": "expiration_date", "value": "2026-10-31", "_doc": "d1", "_ev": "lot LE25C031AC, exp 10/31/2026"},
    {"kind": "infusion_start", "value": "13:18", "_doc": "d1", "_ev": "Infusion started 1:18 PM"},
    {"kind": "infusion_end", "value": "13:52", "_doc": "d1", "_ev": "Infusion completed 1:52 PM"},
    {"kind": "fev1", "value": 63, "_hdr": "FEV1 %pred", "_doc": "d2", "_ev": "04/2021     1.92     63"},
    {"kind": "fev1", "value": 59, "_hdr": "FEV1 %pred", "_doc": "d2", "_ev": "06/2023     1.79     59"},
    {"kind": "fev1", "value": 57, "_hdr": "FEV1 %pred", "_doc": "d2", "_ev": "08/2025     1.71     57"},
    {"kind": "fev1", "value": 56, "_doc": "d3", "_ev": "post-BD FEV1 1.70 L (56% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "responding to augmentation: exacerbation-free since starting and FEV1 flat"},
    {"kind": "prior_authorization", "value": "A071458823", "_doc": "d1", "_ev": "UHC auth A071458823"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "former smoker (15 pack-years, quit 2012)"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "Aralast NP 60 mg/kg; dispensed 3 x 1,000 mg + 1 x 500 mg"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-02-24",
    "weight": {"value": 58.6, "unit": "kg", "kg": 58.6, "date": "2026-02-24"},
    "dose_mg": 3500,
    "target_mg": 3516.0,
    "tolerance_mg": 351.6,
    "deviation_pct": -0.46,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 350,
    "units_billed": 350,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-04-30", "2026-10-31"],
    "expiration_ok": True,
}

NOTES = """
Complete. Commercial SZ: genotype met because serum AAT 48 and 51 mg/dL (nephelometry) are below
57 mg/dL. Revision history: the 2:10 PM version's 500 mg lot LE24K009AC, exp 12/31/2025 (a vial
returned unopened) is superseded by the addendum (LE25C031AC, exp 10/31/2026); reading the
superseded version would wrongly give an expired lot. Traps: check-in 12:55, VS 1:02/2:00 PM,
PIV 1:09/2:04 PM, discharge 2:08 PM, next 3/3 1:00 PM, signature times; 175 mL; pharmacy ticket
number; auth validity dates; the payer policy text quoted in the LMN ("Pi*ZZ, Pi*Z(null)...",
"below 11 umol/L") is not a finding; reference 100-190; sister PI*MS; DLCO and TLC %pred; ALT,
elastography kPa. FEV1 %pred 63/59/57/56 all within 25-80. 12-hour clock times normalized
(1:18 PM -> 13:18, 1:52 PM -> 13:52).
"""
