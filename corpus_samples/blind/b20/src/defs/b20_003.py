"""b20-003: commercial, complete. Styles (4) Intake/Output + IV documentation sheet with running totals and
(6) a paper nursing record transcribed by the unit clerk (strike-throughs, [illegible], [sic], initials);
pulmonology note. Glassia, J0257 JZ."""

CHART_ID = "b20-003"
DOS = "2026-01-13"
PAYER = {"profile": "commercial", "name": "Aetna Choice POS II"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 484, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "J7050", "units": 1, "modifiers": []},
]

D1 = """
INTAKE & OUTPUT / IV DOCUMENTATION SHEET - OUTPATIENT INFUSION
Patient: DEMPSEY, RAYMOND T     MRN 2209-4471     DOB 07/22/1967
Date: 01/13/2026     Unit: Mercy West Infusion Suite, Chair 3
RN: J. Hollis (JH)     Allergies: NKDA     Wt (standing scale) 81.2 kg

IV ACCESS
  PIV #1  20 g  R forearm   inserted 12:41   by JH   1 attempt   blood return +
          removed 14:15, catheter intact, site WDL

IV INTAKE (chronological)
 #  Line  Solution / medication               Start   Stop    Vol (mL)  Running IV total (mL)
 1  A     NS 0.9% flush (pre)                 12:44   12:44     10          10
 2  A     NS 0.9% 250 mL bag - carrier/KVO    12:48   14:10     45          55
             @ 30 mL/hr; stopped w/ 205 mL left in bag (discarded per policy)
 3  B     Glassia (A1PI) 5 vials x 50 mL      13:05   14:02    250         305
             pooled into 250 mL; 5 micron in-line filter; via pump
 4  B     NS 0.9% flush (post Glassia)        14:03   14:03     10         315
 5  A     NS 0.9% flush (pre-removal)         14:12   14:12     10         325

PO INTAKE
    12:50  water        240 mL
    13:40  coffee       180 mL      PO total 420 mL

OUTPUT
    13:52  void (urinal)  350 mL  clear yellow      Output total 350 mL

TOTALS (12:40-14:20)
    IV intake 325 mL  +  PO intake 420 mL  =  Total intake 745 mL
    Output 350 mL      Balance +395 mL

Glassia detail (from carton): 5 vials, actual functional A1PI 968 mg/vial;
  amount infused 4,840 mg (250 mL). Entire contents of all 5 vials infused.
  Max rate per order 0.2 mL/kg/min (16.2 mL/min); run at ~4.4 mL/min per
  patient preference.
Vitals: 12:46 BP 136/82 HR 71 SpO2 93%   13:35 BP 132/80 HR 74   14:05 BP 134/78 HR 72 SpO2 94%
Signed: J. Hollis, RN  01/13/2026 14:31
"""

D2 = """
[PAPER FORM - SCANNED 01/13/2026 15:02 - TRANSCRIBED BY UNIT CLERK M. REYES (MR)]
[Form MW-INF-22 "Alpha-1 Augmentation Nursing Record", 1 page, handwritten]

Patient: Dempsey, Raymond     DOB 7/22/67     Date: 1/13/26     Chair: 3
Diagnosis: AATD / emphysema  (E88.01, J43.1)
Product:  [x] Glassia   [ ] Prolastin-C   [ ] Aralast NP   [ ] Zemaira
Ordered: 60 mg/kg weekly IV        Dosing wt: ~~79.8~~ 81.2 kg  (corr. JH)
Calc dose: 4,872 mg  -> 5 vials (pharm)
Vials:  #1 lot KB25F0238  exp 2027-02   968 mg
        #2 lot KB25F0238  exp 2027-02   968 mg
        #3 lot KB25F0238  exp 2027-02   968 mg
        #4 lot ~~KB25F0283~~ KB25F0238 (JH)  exp 2027-02   968 mg
        #5 lot KB25F0238  exp 2027-02   968 mg
Total given: 4,840 mg           Waste: 0 mg - all vials used
Premeds: none [sic - "nome"]
IV: 20g R FA               Filter: 5 micron  [x]
Start time: 1305           Stop time: 1402
Rate: ~4.4 mL/min          Reaction: [ ] Y  [x] N
Pre VS:  BP 136/82  P 71  R 16  T 98.1  SpO2 93%
Post VS: BP 134/78  P 72  R [illegible]  T 98.0  SpO2 94%
Pt education: s/s of reaction reviewed, pt verbalized [?] understanding
Comments: "pt tol well, no c/o. walked to car."
RN: J. Hollis [initials JH]     2nd verifier: [illegible], RN
[Transcription note MR: struck values transcribed as ~~x~~ with the written
correction after; initials as on form. No other changes.]
"""

D3 = """
MERCY WEST PULMONARY - FOLLOW-UP NOTE
Visit date: 12/02/2025      Clinician: Hannah Bixby, DO
Patient: Raymond T Dempsey, 58 M

S: Seen for alpha-1 antitrypsin deficiency (PI*ZZ) with emphysema on weekly
augmentation. Originally on Prolastin-C (2021-2022); developed recurrent
infusion reactions (hives, chest tightness x3) and was changed to Glassia 11/2022
with Aetna approval. Since then doing well: no exacerbations in 2025, back to
golf 9 holes with a cart. Former smoker (25 pk-yr, quit 2012). Works as an HVAC
estimator, no current fume exposure.

O: BP 128/78, HR 70, SpO2 94% RA, Wt 80.6 kg.
   Lungs: decreased breath sounds, no wheeze or crackles.
   Labs on file: AAT 31 mg/dL (2021, pre-augmentation; ref 90-200);
   phenotype PiZZ; CRP 2.1 mg/L at the time.
   Spirometry 11/2025 post-BD: FEV1 1.61 L = 44% pred, FVC 3.95 L (89%),
   ratio 0.41. 11/2024: FEV1 1.66 L (45% pred).
   CT 2021: panlobular emphysema, lower lobes.

A/P:
1. AATD PI*ZZ with panlobular emphysema - clinically stable on Glassia, FEV1
   essentially unchanged over a year; tolerating infusions well. Continue
   Glassia 60 mg/kg IV weekly at Mercy West infusion suite.
   Aetna precert #: 2026PC0073184 (valid 01/01/2026 - 12/31/2026).
2. Maintenance: budesonide/glycopyrrolate/formoterol 2 puffs BID; albuterol PRN.
3. Son (24) tested PI*MZ, AAT 88 mg/dL - counseled, no augmentation indicated.
4. Would consider a Prolastin-C rechallenge only if Glassia becomes unavailable.
Return 6 months with full PFTs.

Hannah Bixby, DO  12/02/2025
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-13", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-01-13", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-12-02", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "phenotype PiZZ"},
    {"kind": "serum_aat", "value": 31, "unit": "mg/dL", "_doc": "d3", "_ev": "AAT 31 mg/dL (2021, pre-augmentation"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "panlobular emphysema, lower lobes"},
    {"kind": "weight", "value": 81.2, "unit": "kg", "value_kg": 81.2, "_date": "2026-01-13", "_doc": "d1", "_ev": "Wt (standing scale) 81.2 kg"},
    {"kind": "weight", "value": 80.6, "unit": "kg", "value_kg": 80.6, "_date": "2025-12-02", "_doc": "d3", "_ev": "Wt 80.6 kg"},
    {"kind": "dose", "value": 4840, "_doc": "d1", "_ev": "amount infused 4,840 mg (250 mL)"},
    {"kind": "wastage", "value": 0, "_doc": "d2", "_ev": "Waste: 0 mg - all vials used"},
    {"kind": "lot_number", "value": "KB25F0238", "_doc": "d2", "_ev": "#1 lot KB25F0238"},
    {"kind": "expiration_date", "value": "2027-02", "_doc": "d2", "_ev": "exp 2027-02"},
    {"kind": "infusion_start", "value": "13:05", "_doc": "d2", "_ev": "Start time: 1305"},
    {"kind": "infusion_end", "value": "14:02", "_doc": "d2", "_ev": "Stop time: 1402"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "clinically stable on Glassia, FEV1\n   essentially unchanged over a year"},
    {"kind": "prior_authorization", "value": "2026PC0073184", "_doc": "d3", "_ev": "Aetna precert #: 2026PC0073184"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d2", "_ev": "[x] Glassia"},
    {"kind": "drug_product", "value": "Prolastin-C", "_doc": "d3", "_ev": "Originally on Prolastin-C (2021-2022)"},
    {"kind": "fev1", "value": 44, "_doc": "d3", "_ev": "FEV1 1.61 L = 44% pred"},
    {"kind": "fev1", "value": 45, "_doc": "d3", "_ev": "FEV1 1.66 L (45% pred)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker (25 pk-yr, quit 2012)"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
    "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
    "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
    "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
    "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
    "smoking_status": "met", "fev1_range": "met",
}

NOTES = """
Complete chart. I&O sheet lists each IV volume (flushes 10 mL, NS carrier 45 mL, Glassia 250 mL) with
start/stop and running totals; the paper form transcription carries struck values (~~79.8~~ weight,
~~KB25F0283~~ lot) that are superseded by the written corrections. Traps: NS carrier 12:48-14:10, flush
times, PIV 12:41/14:15, void 13:52, running totals 305/325 mL and total intake 745 mL; calc dose 4,872 mg
and 968 mg/vial potency; max rate 16.2 mL/min; son PI*MZ 88 mg/dL; CRP 2.1 mg/L; Prolastin-C is a
historical product (J0257 is judged on Glassia, the DOS product); hypothetical Prolastin-C rechallenge.
"""

ARITH = {
    "weight_kg": 81.2, "weight_source": "d1/d2 DOS (corrected from 79.8)",
    "dose_mg": 4840, "target_mg": 4872.0, "pct_diff": -0.7, "within_10pct": True,
    "claim": [{"hcpcs": "J0257", "modifiers": ["JZ"], "billed": 484, "expected": 484}],
    "waste_mg": 0, "jw_units_expected": 0,
    "lots": [{"lot": "KB25F0238", "exp": "2027-02", "dos": DOS, "ok": True}],
}
