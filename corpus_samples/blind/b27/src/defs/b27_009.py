"""b27-009: commercial, complete. Styles (5) the DOS infusion documented only in a late-entry
addendum attached to the previous week's infusion note and (4) pharmacist dose-verification /
intervention note (frequency discrepancy, vial rounding, percent deviation). Prolastin-C Liquid
3 x 1,000 + 1 x 500 mg = 3,500 mg; J2252 3500 JZ (1 mg per unit per the guide)."""

CHART_ID = "b27-009"
DOS = "2026-01-28"
PAYER = {"profile": "commercial", "name": "Summit Mutual Health (commercial HMO)"}
PRIOR_AUTH = "A1P-556102-26"
CLAIM_LINES = [
    {"hcpcs": "J2252", "units": 3500, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
INFUSION NURSING NOTE                       Cedar Bluff Specialty Infusion - Suite B
Encounter date: 01/21/2026                  Nurse: Harriet Oyelaran, RN
Patient: TEMPLETON, AUDRA K     DOB 06/05/1981     MRN CB-301877

Indication: alpha-1 antitrypsin deficiency on weekly augmentation.
Pre: 1248 BP 112/70 HR 80 RR 16 T 36.6 SpO2 96%. Wt 57.6 kg.
1256 PIV 24g R hand.
1305 Prolastin-C Liquid started; 1 x 500 mg + 3 x 1,000 mg vials (lots 2M1122, 2N0409;
     exp 04/30/2027, 07/31/2027). 3,500 mg given, vials emptied.
1322 infusion end, NS flush. 1337 VS stable. PIV out 1340. Left 1342.
H. Oyelaran, RN   01/21/2026 13:55

=============================================================================
ADDENDUM - LATE ENTRY
Written 01/29/2026 09:12 by Harriet Oyelaran, RN, for the visit of 01/28/2026.
Reason: the 01/28 visit note was opened but not saved (session timed out) and could
not be recovered. Entry reconstructed from the bedside paper checklist and the
infusion pump event log; this addendum is the record of that visit.

01/28/2026 visit:
 - Pre-infusion 1301: BP 110/68, HR 78, RR 16, T 36.7, SpO2 96%. Wt 57.2 kg.
 - 1306 PIV 24g L forearm, 1 attempt.
 - Prolastin-C Liquid 3,500 mg IV given (pharmacy verified 01/27):
     3 x 1,000 mg/20 mL  lot 2N0433  exp 08/31/2027
     1 x   500 mg/10 mL  lot 2M1122  exp 04/30/2027
   All four vials drawn completely into the syringe set - zero waste.
 - Pump log: infusion start 13:15, infusion end 13:33 (70 mL).
 - 1348 VS BP 114/70 HR 76 SpO2 97%. No hives, flushing, back pain or dyspnea.
 - PIV removed 1350, site clean. Discharged 1353 with her mother driving.
Addendum signed: H. Oyelaran, RN   01/29/2026 09:20
"""

D2 = """
PHARMACY - CLINICAL INTERVENTION / DOSE VERIFICATION NOTE
Cedar Bluff Specialty Pharmacy                Date/time: 01/27/2026 16:05
Patient: Templeton, Audra K    MRN CB-301877    Allergies: NKDA
Product: PROLASTIN-C LIQUID (alpha1-PI, human) 50 mg/mL, single-use vials 500 / 1,000 / 4,000 mg

Intervention #1 - frequency discrepancy
  Renewal order received 01/26 reads "60 mg/kg IV q14 days". Profile, prior orders and
  the plan approval (A1P-556102-26, 01/01/26-12/31/26) are weekly. Called prescriber
  office (Dr. Lucien Farrow) 01/27 15:40 - confirmed typo; order corrected to q7 days.
  Outcome: accepted. Severity: moderate (would have halved exposure).

Intervention #2 - dose verification for 01/28 infusion
  Dosing wt: 57.6 kg (01/21/2026, infusion suite).  Ht 165 cm.  BMI 21.2.
  Calculated: 60 mg/kg x 57.6 kg = 3,456 mg  (69.1 mL at 50 mg/mL)
  Vial-size options:
    A) 3 x 1,000 + 1 x 500 = 3,500 mg  -> +44 mg  = +1.27 %  (no partial vial)
    B) 3 x 1,000 + 456 mg from a 500 mg vial = 3,456 mg  -> 44 mg discarded
    C) 1 x 4,000 mg vial, draw 3,456 mg -> 544 mg discarded
  Site policy RX-22: round to the nearest whole-vial combination when within +/-10 %.
  -> Option A, 3,500 mg (70 mL). Prescriber standing approval for rounding on file.
  If the infusion-day weight differs by more than 5 % (below 54.7 kg or above 60.5 kg)
  the nurse is to call pharmacy for a recalculation.

Dispensed 01/27 for 01/28: 3 x 1,000 mg (lot 2N0433) + 1 x 500 mg (lot 2M1122); cold
chain 2-8 C. Label: PROLASTIN-C LIQUID 3,500 mg / 70 mL IV over ~15-20 min.
Verifying pharmacist: Dmitri Volkonsky, PharmD      01/27/2026 16:18
"""

D3 = """
FARROW LUNG & SLEEP - PROGRESS NOTE                  Visit 12/15/2025
Provider: Lucien Farrow, MD        Patient: Templeton, Audra K (44F)

HPI: Alpha-1 antitrypsin deficiency, genotype PI*Z/PI*Z, diagnosed 2017 during work-up
of "asthma" that did not respond to ICS. Baseline serum AAT 4.2 umol/L (2017). On
Prolastin-C Liquid weekly since 2018. Never smoked; no secondhand exposure now. Since
augmentation she reports steady exercise capacity (runs 3 miles, 3x/week) and her
lung function has been stable, with no exacerbation in 2025.
Mother is PI*MZ (tested 2017); children not yet tested.

Exam: BP 114/72  HR 70  SpO2 97%  Wt 58.1 kg. Clear but diminished bases.
PFT (post-BD): FEV1 2.21 L (71% pred), FVC 3.52 L (95% pred), FEV1/FVC 0.63.
  12/2024: FEV1 2.24 L (72% pred).
CT 2017: mild panlobular emphysema, both lower lobes.

Assessment: AATD (ZZ) with mild emphysema and airflow obstruction, stable on
augmentation. Renew Prolastin-C Liquid 60 mg/kg IV weekly x 12 months.
Plan: PFTs 12/2026; hepatology US yearly (last 09/2025 normal).
L. Farrow, MD
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-21", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-01-27", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-12-15", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency, genotype PI*Z/PI*Z"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "AATD (ZZ)"},
    {"kind": "serum_aat", "value": 4.2, "unit": "uM", "_doc": "d3", "_ev": "Baseline serum AAT 4.2 umol/L (2017)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "mild panlobular emphysema"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d3", "_ev": "mild emphysema and airflow obstruction"},
    {"kind": "weight", "value": 57.6, "unit": "kg", "value_kg": 57.6, "_date": "2026-01-21", "_doc": "d1", "_ev": "Wt 57.6 kg."},
    {"kind": "weight", "value": 57.2, "unit": "kg", "value_kg": 57.2, "_date": "2026-01-28", "_doc": "d1", "_ev": "Wt 57.2 kg."},
    {"kind": "weight", "value": 58.1, "unit": "kg", "value_kg": 58.1, "_date": "2025-12-15", "_doc": "d3", "_ev": "Wt 58.1 kg"},
    {"kind": "dose", "value": 3500, "_doc": "d1", "_ev": "Prolastin-C Liquid 3,500 mg IV given (pharmacy verified 01/27)"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "All four vials drawn completely into the syringe set - zero waste."},
    {"kind": "lot_number", "value": "2N0433", "_doc": "d1", "_ev": "lot 2N0433  exp 08/31/2027"},
    {"kind": "lot_number", "value": "2M1122", "_doc": "d1", "_ev": "lot 2M1122  exp 04/30/2027"},
    {"kind": "expiration_date", "value": "2027-08-31", "_doc": "d1", "_ev": "lot 2N0433  exp 08/31/2027"},
    {"kind": "expiration_date", "value": "2027-04-30", "_doc": "d1", "_ev": "lot 2M1122  exp 04/30/2027"},
    {"kind": "infusion_start", "value": "13:15", "_doc": "d1", "_ev": "infusion start 13:15"},
    {"kind": "infusion_end", "value": "13:33", "_doc": "d1", "_ev": "infusion end 13:33"},
    {"kind": "fev1", "value": 71, "_doc": "d3", "_ev": "FEV1 2.21 L (71% pred)"},
    {"kind": "fev1", "value": 72, "_doc": "d3", "_ev": "FEV1 2.24 L (72% pred)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "Since\naugmentation she reports steady exercise capacity"},
    {"kind": "prior_authorization", "value": "A1P-556102-26", "_doc": "d2", "_ev": "the plan approval (A1P-556102-26, 01/01/26-12/31/26)"},
    {"kind": "smoking_status", "value": "never", "_doc": "d3", "_ev": "Never smoked"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "Prolastin-C Liquid 3,500 mg IV given"},
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
    "dos": "2026-01-28",
    "weight": {"value": 57.2, "unit": "kg", "kg": 57.2, "date": "2026-01-28"},
    "dose_mg": 3500,
    "target_mg": 3432.0,
    "tolerance_mg": 343.2,
    "deviation_pct": 1.98,
    "within_tolerance": True,
    "code": "J2252",
    "billing_unit_mg": 1,
    "units_expected": 3500,
    "units_billed": 3500,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-08-31", "2027-04-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. The 01/28 administration exists only in the late-entry addendum (written 01/29 09:12)
attached to the 01/21 infusion note; the 01/21 body (1305-1322, lot 2N0409 exp 07/31/2027,
3,500 mg, wt 57.6 kg) is an earlier visit. Weight nearest the DOS is 57.2 kg (addendum); 57.6 kg
(pharmacist's dosing weight) and 58.1 kg are listed. Pharmacist arithmetic: 3,456 mg calculated,
options A/B/C (3,500 / 3,456 with 44 mg waste / 544 mg waste), +1.27 %, 5 % re-check window
54.7-60.5 kg, q14 -> q7 frequency intervention. Traps: vial sizes 500/1,000/4,000 mg, VS/PIV/
discharge times, addendum write/sign times, "70 mL", mother PI*MZ (family), hepatology plan.
Commercial: JZ with zero waste documented is met; FEV1 71 %/72 % within 25-80.
"""
