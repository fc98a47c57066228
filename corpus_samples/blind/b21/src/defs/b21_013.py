"""b21-013: NEGATIVE CONTROL, medicare. Not A1PI therapy: IVIG (Gammagard Liquid, J1569) for hypogamma-
globulinemia in a COPD patient whose AATD work-up showed PI*MZ carrier status (AATD excluded).
Styles (2) PDF two-column infusion summary + (6) Medicare 835 remittance for the prior IVIG claim."""

CHART_ID = "b21-013"
DOS = "2026-04-16"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J1569", "units": 65, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "96366", "units": 3, "modifiers": []},
]
STYLES = [2, 6]

D1 = """
HARBORVIEW PLAZA INFUSION CENTER                                  Report printed 04/16/2026 15:02
IVIG ADMINISTRATION SUMMARY
MCALLISTER, Duncan P   MRN HP-228104   DOB 05/27/1952   M   Medicare 1EG4-TE5-MK72   Page 1 of 2
---------------------------------------------------------------------------------------------------
PRE-INFUSION                                 MEDICATION
Arrival 08:32                                Immune globulin IV (human) 10 %
Wt 81.0 kg (08:35)  Ht 178 cm                  GAMMAGARD LIQUID
Temp 36.6  BP 138/76  HR 70  RR 16           Order: 0.4 g/kg IV q4 weeks
SpO2 94 % RA                                 Calc: 0.4 g/kg x 81.0 kg = 32.4 g
Hydration: NS 250 mL 08:50-09:10            Dispensed: 3 x 10 g + 1 x 2.5 g = 32.5 g
Premeds 08:55: acetaminophen 650 mg PO,      Lot LE12P044AB (10 g)  exp 2027-01-31
  cetirizine 10 mg PO                        Lot LE12P019AC (2.5 g) exp 2026-10-31
PIV 20g R AC 08:48, blood return +           Dose given: 32.5 g (325 mL)
                                             Start 09:12     End 12:40
RATE TITRATION (mL/kg/hr)                    Waste: 0 - all vials used, JZ
09:12  0.5 mL/kg/hr  (40 mL/hr)              Reaction: mild HA 11:30, resolved
09:42  1.0 (81 mL/hr)  VS stable               w/o intervention
10:12  2.0 (162 mL/hr) VS stable             RN: F. Oduya RN
---------------------------------------------------------------------------------------------------
Harborview Plaza Infusion Center  |  CONFIDENTIAL                                    Page 1 of 2
===================================================================================================
MCALLISTER, Duncan P   MRN HP-228104   DOB 05/27/1952   M   Medicare 1EG4-TE5-MK72   Page 2 of 2
---------------------------------------------------------------------------------------------------
RATE TITRATION (cont.)                       POST-INFUSION
10:42  3.0 (max, 243 mL/hr) VS stable        VS 12:45 BP 134/74 HR 72 SpO2 95 %
11:30  HA 3/10 - rate held at 3.0            PIV out 12:58, site clean
12:40  complete, NS flush 20 mL              D/c 13:05 w/ wife, ambulatory
                                             Next IVIG: 05/14/2026
---------------------------------------------------------------------------------------------------
Harborview Plaza Infusion Center  |  CONFIDENTIAL                                    Page 2 of 2
"""

D2 = """
PULMONARY / IMMUNOLOGY FOLLOW-UP              Harborview Plaza Specialty Clinic
Duncan P. McAllister, 73 M            Date: 03/19/2026      Sanjay Kulkarni, MD

Problems:
1. COPD (J44.9), GOLD 2, FEV1 58 % predicted (02/2026). Former smoker, quit 2009.
2. Hypogammaglobulinemia / specific antibody deficiency on IVIG q4 weeks since
   06/2024 (IgG 412 mg/dL pre-IVIG; trough 04/2026 pending).
3. Alpha-1 antitrypsin work-up (done for COPD screening, 2023): serum AAT 98 mg/dL
   (ref 100-190), SERPINA1 genotype PI*MZ. Alpha-1 antitrypsin deficiency excluded -
   heterozygous MZ carrier only. Augmentation therapy NOT indicated; no plan to start.
   Counseled re smoking avoidance and family testing.

Interval: 2 sinus infections in the past 12 months vs 6/year before IVIG; no
pneumonia. Tolerating IVIG with occasional mild headache.
Exam: Wt 81.4 kg. Scattered rhonchi clearing w/ cuogh. No clubbing.
CT chest 2024: mild bronchial wall thickening, no emphysema, no bronchiectasis.

Plan: continue IVIG 0.4 g/kg q4 weeks (Gammagard Liquid). Trough IgG before next dose.
Brother (70) has PI*ZZ AATD and is on Prolastin-C - his daughter to be tested.
If IgG trough < 600 mg/dL, increase to 0.5 g/kg.
                                                   S. Kulkarni, MD
"""

D3 = """
MEDICARE REMITTANCE NOTICE - 835 text view (Part B)       MAC: JK   Paid 03/31/2026
Payee: HARBORVIEW PLAZA INFUSION CENTER   NPI 1730554921   EFT 02201447819
Bene: MCALLISTER, DUNCAN P   MBI 1EG4-TE5-MK72   ICN 22026083114270
DOS 03/19/2026   Claim status 1 - processed as primary

LINE  PROC   MOD  UNITS  BILLED     ALLOWED    DEDUCT  COINS    PROV PD    ADJ
1     J1569  JZ   65     $6,272.50  $4,988.75  0.00    $997.75  $3,912.42  CO-45 $1,283.75
                                                                             CO-253 $78.58
2     96365       1        $285.00    $156.32  0.00     $31.26    $122.60  CO-45 $128.68
                                                                             CO-253 $2.46
3     96366       3        $255.00    $101.58  0.00     $20.32     $79.66  CO-45 $153.42
                                                                             CO-253 $1.60
Group/Reason: CO-45 Charge exceeds fee schedule/maximum allowable.
              CO-253 Sequestration - reduction in federal payment.
              PR-2 Coinsurance amount (billed to secondary: AARP Medigap Plan G).
Remark: MA01 - if you do not agree with what we approved, you may appeal.
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-04-16", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-03-19", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-03-31", "text": D3},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d2", "_ev": "SERPINA1 genotype PI*MZ"},
    {"kind": "serum_aat", "value": 98, "unit": "mg/dL", "_doc": "d2", "_ev": "serum AAT 98 mg/dL"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD (J44.9), GOLD 2"},
    {"kind": "fev1", "value": 58, "_doc": "d2", "_ev": "FEV1 58 % predicted"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Former smoker, quit 2009"},
    {"kind": "weight", "value": 81.0, "unit": "kg", "value_kg": 81.0, "_doc": "d1", "_ev": "Wt 81.0 kg (08:35)", "_date": "2026-04-16"},
    {"kind": "weight", "value": 81.4, "unit": "kg", "value_kg": 81.4, "_doc": "d2", "_ev": "Wt 81.4 kg", "_date": "2026-03-19"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing",
    "genotype": "conflict",
    "serum_aat_level": "conflict",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "missing",
    "prior_authorization": "not_applicable",
    "code_selection": "not_applicable",
}

ARITH = {
    "weight_kg": 81.0, "weight_date": "2026-04-16", "dose_mg": None,
    "target_mg": 4860.0, "low_mg": 4374.0, "high_mg": 5346.0, "pct_diff": None, "within_10pct": None,
    "code": None, "billing_unit_mg": None, "units_expected": None, "units_billed": None,
    "waste_mg": None, "jw_units_expected": None, "jw_units_billed": None, "modifier": None,
    "expirations": [], "expiration_ok": None,
    "note": "No A1PI: IVIG 32.5 g (J1569 x 65 JZ at 500 mg/unit) is another drug.",
}

NOTES = """
NEGATIVE CONTROL: IVIG (Gammagard Liquid) infusion for hypogammaglobulinemia; the patient's
AATD work-up showed PI*MZ with AAT 98 mg/dL and "Alpha-1 antitrypsin deficiency excluded".
PDF-to-text IVIG summary (two columns, page banner splitting the rate titration) and a
Medicare 835 for the 03/19 IVIG claim.
No A1PI: dose, lot, expiration, times, waste and response are missing; no A1PI drug line
(J1569), so units_match_dose and code_selection are not_applicable; genotype (MZ) and serum
level (98 mg/dL >= 57) are conflicts; COPD and weight are met.
Traps: IVIG dose 32.5 g, calc 32.4 g, lots LE12P044AB/LE12P019AC and expirations, start
09:12/end 12:40, "Waste: 0 - all vials used, JZ"; NS hydration 08:50-09:10; premeds; rate
titration times; response to IVIG (fewer sinus infections) is not a response to augmentation;
remittance units 65/1/3, dollars, CARC 45/253, PR-2, MA01; brother PI*ZZ on Prolastin-C (family,
and not this patient's product); "no emphysema" (negated); reference range 100-190;
hypothetical dose increase; IgG values.
"""
