"""b20-012: commercial, NEGATIVE CONTROL (not an A1PI infusion). AATD patient on Zemaira whose weekly dose
was held for an exacerbation; she got IV methylprednisolone and an NS bolus instead. Style (4) intake/output
+ IV documentation sheet; same-day pulmonology note. Claim: J2930, J7050, 96374, 96360, 99214-25."""

CHART_ID = "b20-012"
DOS = "2026-02-03"
PAYER = {"profile": "commercial", "name": "Cigna Open Access Plus"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J2930", "units": 1, "modifiers": []},
    {"hcpcs": "J7050", "units": 2, "modifiers": []},
    {"hcpcs": "96374", "units": 1, "modifiers": []},
    {"hcpcs": "96360", "units": 1, "modifiers": []},
    {"hcpcs": "99214", "units": 1, "modifiers": ["25"]},
]

D1 = """
INTAKE / OUTPUT & IV ADMINISTRATION RECORD          Lakeshore Infusion & Procedure Center
Patient: ABERCROMBIE, NADIA L    MRN 1120-7734    DOB 04/09/1973    Date 02/03/2026
Scheduled visit: weekly Zemaira - STATUS: HELD by Dr. Castillo 09:55 (see note)
Arrival 09:40     Wt 69.8 kg (bed scale)     Allergies: latex, codeine

IV ACCESS
  09:58  PIV 20g R AC, 1 attempt (MK)       11:35  removed, WDL (MK)

IV INTAKE                                     Start   Stop    Volume   Running total
  NS 0.9% flush                               10:00   10:00   10 mL     10 mL
  methylPREDNISolone 125 mg IV push           10:25   10:27    2 mL     12 mL
     (Solu-Medrol 125 mg/2 mL Act-O-Vial, lot 3PF41K exp 09/2027;
      entire vial given)
  NS 0.9% flush                               10:27   10:27   10 mL     22 mL
  NS 0.9% 500 mL bolus (gravity)              10:30   11:20  500 mL    522 mL
  NS 0.9% flush                               11:33   11:33   10 mL    532 mL
  Zemaira (A1PI)                              --      --       0 mL    532 mL
     NOT GIVEN - held for exacerbation; pharmacy notified 09:58, not
     reconstituted, vials returned to pharmacy stock
                                                IV intake total: 532 mL

INHALED (not counted in intake)
  10:05  ipratropium-albuterol 0.5/2.5 mg neb, 3 mL           (MK)
  10:50  ipratropium-albuterol 0.5/2.5 mg neb, 3 mL           (MK)

ORAL
  10:40  water 240 mL      11:10  ginger ale 200 mL           Oral total 440 mL

OUTPUT
  11:15  void 350 mL                                          Output total 350 mL

BALANCE  intake 972 mL - output 350 mL = +622 mL

VITALS  09:45 T 38.1 C HR 108 BP 104/64 RR 24 SpO2 89% RA -> 2 L NC 93%
        10:45 T 37.9 HR 98 BP 112/70 RR 20 SpO2 94% 2 L
        11:30 T 37.6 HR 92 BP 116/72 RR 18 SpO2 92% RA
RN: Mia Kowalski (MK)   02/03/2026 11:52
"""

D2 = """
PULMONARY - SAME-DAY VISIT NOTE                               02/03/2026 09:55
Nadia L. Abercrombie, 52 F            Elena Castillo, MD

CC: 4 days of increased cough, yellow-green sputum, fever to 38.4 C at home.

HPI: 52 y/o never-smoker with alpha-1 antitrypsin deficiency (PI*ZZ, dx 2019,
pretreatment AAT 24 mg/dL) and panlobular emphysema / COPD, on weekly Zemaira
since 2020. She had been doing well on augmentation - one exacerbation in the
prior 12 months, FEV1 stable (38% predicted 06/2025, 39% 06/2024). Presented
for her regular infusion and was febrile and tachypneic at triage.
Last Zemaira: 01/27/2026, 4,200 mg, lot P100533410 (per MAR) - tolerated.

Exam: T 38.1, HR 108, RR 24, SpO2 89% RA. Speaking in phrases. Diffuse
expiratory wheeze, rhonchi R base. No leg swelling.
CXR (portable, today): hyperinflation, no focal consolidation.
Wt 69.8 kg today (70.4 kg last week).

Assessment:
1. Acute exacerbation of COPD (J44.1) in AATD (E88.01) - possible bacterial
   trigger; pneumonia not seen on CXR.
2. Weekly Zemaira HELD today; resume next week if afebrile and clinically
   improved (dose would again be ~4,200 mg).

Plan: methylprednisolone 125 mg IV x1 here, DuoNeb x2, NS 500 mL for
tachycardia/poor intake. Discharge on prednisone 40 mg daily x 5 days and
doxycycline 100 mg BID x 7 days. Return precautions. If SpO2 < 90% on RA at
discharge -> ED. Discharged 11:45 with SpO2 92% RA.
Elena Castillo, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-03", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-03", "text": D2},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ, dx 2019"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "PI*ZZ, dx 2019"},
    {"kind": "serum_aat", "value": 24, "unit": "mg/dL", "_doc": "d2", "_ev": "pretreatment AAT 24 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "panlobular emphysema / COPD"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "Acute exacerbation of COPD (J44.1)"},
    {"kind": "weight", "value": 69.8, "unit": "kg", "value_kg": 69.8, "_date": "2026-02-03", "_doc": "d1", "_ev": "Wt 69.8 kg (bed scale)"},
    {"kind": "weight", "value": 70.4, "unit": "kg", "value_kg": 70.4, "_date": "2026-01-27", "_doc": "d2", "_ev": "70.4 kg last week"},
    {"kind": "fev1", "value": 38, "_doc": "d2", "_ev": "38% predicted 06/2025"},
    {"kind": "fev1", "value": 39, "_doc": "d2", "_ev": "39% 06/2024"},
    {"kind": "smoking_status", "value": "never", "_doc": "d2", "_ev": "never-smoker"},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d2", "_ev": "on weekly Zemaira\nsince 2020"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "She had been doing well on augmentation"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
    "dose_matches_weight": "missing", "units_match_dose": "not_applicable", "wastage_documented": "missing",
    "lot_number": "missing", "expiration_date": "missing", "infusion_times": "missing",
    "response_to_therapy": "met", "prior_authorization": "missing", "code_selection": "not_applicable",
    "smoking_status": "met", "fev1_range": "met",
}

NOTES = """
NEGATIVE CONTROL: no A1PI was given on the DOS (Zemaira HELD for an exacerbation); the visit's infusions are
methylprednisolone 125 mg IV push and an NS 500 mL bolus. AATD facts are affirmed (diagnosis, PI*ZZ,
24 mg/dL, emphysema/COPD, FEV1, never smoker, Zemaira as current therapy, response statement). Traps: last
week's Zemaira 4,200 mg / lot P100533410 (earlier visit, not DOS); planned '~4,200 mg' next week;
Solu-Medrol lot 3PF41K exp 09/2027 and 'entire vial given'; 'vials returned to pharmacy stock' is not a
wastage statement; NS/flush start-stop times and running totals; prednisone/doxycycline doses;
'possible bacterial trigger'; SpO2 thresholds. Claim lines carry no A1PI drug line: units/code
not_applicable, wastage decided like the no-claim branch (missing). No authorization number anywhere.
"""

ARITH = {
    "weight_kg": 69.8, "weight_source": "d1 bed scale DOS (no A1PI dose)",
    "dose_mg": None, "target_mg": None, "pct_diff": None, "within_10pct": None,
    "claim": [], "waste_mg": None, "jw_units_expected": 0, "lots": [],
    "note": "A1PI held; no drug line (J2930 methylprednisolone, J7050 NS)",
}
