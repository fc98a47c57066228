CHART_ID = "b19-013"
DOS = "2026-03-16"
PAYER = {"profile": "commercial", "name": "Anthem Blue Cross PPO"}
PRIOR_AUTH = "ANT-A1-2026-0311778"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = r"""
PACIFIC NORTHWEST ALPHA-1 CENTER
Division of Pulmonary, Critical Care and Sleep Medicine
1100 Ninth Avenue, Seattle, WA 98101    T 206-555-0161    F 206-555-0169

March 16th, 2026

Priya Raghunathan, MD
Queen Anne Primary Care
1530 Queen Anne Avenue N, Seattle, WA 98109

RE:   Helena M. Vasquez-Orlov
      DOB: July 7th, 1969

Dear Dr. Raghunathan,

Thank you for referring Ms. Vasquez-Orlov, who moved to Seattle from Denver in January and is
transferring her alpha-1 care to our center. I saw her today, March 16th, 2026, and she received her
first weekly infusion with us this afternoon (details are in her visit summary).

HISTORY
She was diagnosed with alpha-1 antitrypsin deficiency (PI*ZZ) in 2018 after a work-up for early
emphysema, and has received augmentation therapy since May 2019, first Prolastin-C and, since 2022,
Zemaira. Before augmentation she had three or four exacerbations a year; since 2019 she has had about
one a year, and her records show an FEV1 decline of roughly 30 mL a year over the last three years.
She never needed hospital admission. She quit smoking in 2014 (18 pack-years).

RECORDS REVIEWED
The records sent from Denver include her genotype report (PI*ZZ, 2018), CT chest (2018, 2023), yearly
spirometry, and an on-augmentation trough alpha-1 antitrypsin level of 12.9 umol/L from October 2025.
Her pre-treatment serum level from 2018 was not included in the records sent to us; the Denver
letter describes it only as "very low". We have asked for the original laboratory report.

PROBLEM LIST
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01).
2. Panlobular emphysema, basal predominant (J43.1). Post-bronchodilator FEV1 0.98 L, 36% of predicted
   today; 38% in April 2025 per the Denver records.
3. Former smoker, quit 2014.
4. Osteopenia (DEXA 2024), on calcium and vitamin D.

RECOMMENDATIONS
1. Continue Zemaira 60 mg/kg IV weekly in our infusion center; today's dose was built from four 1 g
   vials. Weight today 73.5 kg.
2. Obtain the 2018 pre-treatment alpha-1 antitrypsin level from the Denver laboratory; if it cannot be
   found, we will not repeat it on therapy, since augmentation makes the level uninterpretable.
3. Continue fluticasone furoate/umeclidinium/vilanterol 1 inhalation daily and albuterol as needed.
4. Pulmonary rehabilitation at Harborview, 24 sessions.
5. Her brother in Colorado (PI*ZZ, level 5.1 umol/L) has been encouraged to establish care locally.
6. Return visit in 3 months with spirometry.

Thank you for this referral. Please call with any questions.

Sincerely,

Daniel O. Achterberg, MD
Pacific Northwest Alpha-1 Center

DOA/ks   Dictated March 16th, 2026; transcribed March 17th, 2026
"""

D2 = r"""
AFTER VISIT SUMMARY -- Pacific Northwest Alpha-1 Center, Infusion Suite
Helena M. Vasquez-Orlov     Monday, March 16, 2026     Arrived 12:40 PM

**Medications given today**
- Zemaira (alpha-1 proteinase inhibitor) 4,408 mg IV -- the full contents of four vials
  (each vial is labeled with its exact strength: 1,102 mg)
- Nothing was thrown away (no leftover medicine)

**Your infusion**
- Started: 1:05 PM
- Finished: 1:24 PM
- You had no reaction. Your IV was taken out at 1:31 PM.

**For your records (plasma-derived product)**
- Zemaira lot P100588213, expires 09/30/2027
- Keep this with your other lot numbers in case the manufacturer ever contacts patients.

**Your vital signs**
- Weight: 73.5 kg (162 lb)
- Blood pressure: 122/78 before, 118/74 after
- Oxygen: 94% on room air

**Your next visits**
- Infusions every Monday at 1:00 PM starting 3/23/2026 (Zemaira about 4,400 mg each week)
- Clinic visit with Dr. Achterberg: Monday 6/15/2026, with a breathing test first

**Good to know**
- Alpha-1 infusions raise the alpha-1 level in your blood for about a week, which is why we check levels
  just before an infusion ("trough").
- Most people with the ZZ type have levels under 11 micromoles per liter before treatment.
"""

D3 = r"""
MyPNW Health -- Health Summary (patient portal print)
Helena M. Vasquez-Orlov    Printed 3/16/2026

**Problems**
- Alpha-1 antitrypsin deficiency
- Emphysema
- Osteopenia

**Allergies**
- Penicillin (hives)

**Recent results (outside records, Denver Health)**
- Alpha-1 antitrypsin, trough on treatment: 12.9 umol/L (10/2025) -- standard range 20-48
- Spirometry: FEV1 38% of predicted (4/2025)
- Genotype: PI*ZZ (2018)

**Medications**
- Zemaira IV weekly at the infusion center
- Trelegy Ellipta 1 inhalation daily
- Albuterol HFA as needed
- Calcium carbonate 600 mg + vitamin D3 800 units twice daily

**Immunizations**
- Influenza 10/2025; pneumococcal PCV20 11/2024; RSV 09/2024

**Care team**
- Daniel O. Achterberg, MD (Pulmonary / Alpha-1)
- Priya Raghunathan, MD (Primary care)
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-16", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-16", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-03-16", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d1", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)")},
    {"kind": "genotype", "alleles": ["Z", "Z"], "ev": ("d1", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)")},
    {"kind": "serum_aat", "value": 12.9, "unit": "uM", "ev": ("d1", "trough alpha-1 antitrypsin level of 12.9 umol/L")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d1", "Panlobular emphysema, basal predominant (J43.1)")},
    {"kind": "fev1", "value": 36, "ev": ("d1", "36% of predicted")},
    {"kind": "fev1", "value": 38, "ev": ("d1", "38% in April 2025")},
    {"kind": "weight", "value": 73.5, "unit": "kg", "value_kg": 73.5, "ev": ("d1", "Weight today 73.5 kg")},
    {"kind": "dose", "value": 4408, "ev": ("d2", "Zemaira (alpha-1 proteinase inhibitor) 4,408 mg IV")},
    {"kind": "wastage", "value": 0, "ev": ("d2", "Nothing was thrown away (no leftover medicine)")},
    {"kind": "lot_number", "value": "P100588213", "ev": ("d2", "Zemaira lot P100588213")},
    {"kind": "expiration_date", "value": "2027-09-30", "ev": ("d2", "expires 09/30/2027")},
    {"kind": "infusion_start", "value": "13:05", "ev": ("d2", "Started: 1:05 PM")},
    {"kind": "infusion_end", "value": "13:24", "ev": ("d2", "Finished: 1:24 PM")},
    {"kind": "response_to_therapy", "ev": ("d1", "since 2019 she has had about\none a year")},
    {"kind": "smoking_status", "value": "former", "ev": ("d1", "Former smoker, quit 2014.")},
    {"kind": "drug_product", "value": "Zemaira", "ev": ("d2", "Zemaira (alpha-1 proteinase inhibitor) 4,408 mg IV")},
    {"kind": "drug_product", "value": "Prolastin-C", "ev": ("d1", "first Prolastin-C")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "conflict", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "met",
    "units_match_dose": "conflict", "wastage_documented": "met", "lot_number": "met", "expiration_date": "met",
    "infusion_times": "met", "response_to_therapy": "met", "prior_authorization": "met",
    "code_selection": "met", "smoking_status": "met", "fev1_range": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 73.5, "unit": "kg", "value_kg": 73.5},
    "dose_mg": 4408, "target_mg_per_kg": 60, "target_mg": 4410.0, "pct_diff": -0.05, "within_10pct": True,
    "claim_lines": [{"hcpcs": "J0256", "modifiers": ["JZ"], "units_billed": 400, "bu_mg": 10, "expected_units": 441}],
    "waste_mg": 0, "jw_units_expected": None,
    "lots": [{"lot": "P100588213", "exp": "2027-09-30", "exp_not_before_dos": True}],
    "dos_products": ["Zemaira"],
}

NOTES = ("Gaps: serum_aat_level conflict (the only documented level is an on-augmentation trough of 12.9 umol/L, "
         ">= 11; the 2018 pre-treatment level is missing from the transferred records and is described only as "
         "'very low'); units_match_dose conflict (J0256 x 400 billed from nominal 4 x 1 g vials; 4,408 mg "
         "administered -> ceil(440.8) = 441). Traps: brother's level 5.1 umol/L (family) and the education line "
         "'under 11 micromoles per liter' (general); standard range 20-48; planned 'about 4,400 mg each week'; "
         "labeled 1,102 mg per vial; arrival 12:40 PM, IV out 1:31 PM; FEV1 decline 30 mL/yr; historical "
         "Prolastin-C. Commercial JZ with no waste -> met. Administration details are in the AVS (type other).")

META = {
    "style": "(3)+(6) transfer-of-care consult letter from an AATD center (written-out dates, numbered problems/recommendations) + patient AVS with bold headings and a plasma-product lot record for the patient + patient-portal health summary (Zemaira, J0256 JZ)",
    "gaps": "serum_aat_level conflict (only an on-therapy trough 12.9 umol/L); units_match_dose conflict (400 billed, 441 expected)",
    "traps": "pre-treatment level 'very low' without a value; brother 5.1 umol/L; education '< 11 micromoles'; planned 4,400 mg; per-vial 1,102 mg; arrival/IV-out times; historical Prolastin-C",
}
