from common import doc, emit, req_ids

CID = "b8-013"
DOS = "2026-02-26"

d1 = doc("d1", "infusion_record", DOS, """
INFUSION NAVIGATOR - Administration Summary            Printed 26.02.2026 15.20
Dept: Harbor County Hospital Outpatient Infusion (HOPD)
Patient: NAKASHIMA-REYES, Leilani   MRN 00-771-203   DOB 07/30/1981   Wt 58.6 kg (129.2 lb)   Ht 157 cm
Allergies: latex (contact dermatitis)     Coverage: State Medicaid (fee-for-service)

Order: Glassia (alpha1-proteinase inhibitor, human) 60 mg/kg IV once weekly
       Dosing weight 58.6 kg -> 3,516 mg -> dose 3,500 mg (175 mL of 20 mg/mL)
Prepared by pharmacy: Glassia 1 g/50 mL vials x 4, lot GA4417B, EXP 01/2026 (per pharmacy label)

TIME (hrs) | ACTIVITY
-----------+--------------------------------------------------------------------------
12.35      | Checked in; weight 58.6 kg on standing scale
12.42      | Pre-VS: T 36.5, HR 84, BP 112/70, RR 16, SpO2 95% RA
12.50      | PIV 22g R antecubital (1 attempt), blood return +
12.58      | Vials at room temperature since 11.50 (pharmacy); 5 micron in-line filter primed
13.05      | Glassia infusion STARTED, 3.7 mL/min
13.20      | VS: HR 82, BP 110/68, SpO2 96%. Denies pruritus/dyspnea.
13.52      | Glassia infusion COMPLETED - 175 mL infused = 3,500 mg
13.53      | 25 mL (500 mg) remaining in vial 4 discarded (single-use), witnessed
13.55      | NS 0.9% flush 20 mL
14.10      | Post-VS: HR 80, BP 114/72, SpO2 96%
14.18      | PIV removed, gauze, discharged ambulatory

Administered dose: 3,500 mg     Waste: 500 mg     Reaction: none
RN: Brigid O'Rourke, RN     Witness (waste): C. Mensah, RN
""")

d2 = doc("d2", "other", DOS, """
HARBOR COUNTY HOSPITAL PHARMACY - IV PREPARATION / DISPENSING RECORD
Rx# 7730519     Date prepared: 02/26/2026     Prepared by: D. Fairbanks, CPhT     Verified: S. Ito, PharmD
Patient: Nakashima-Reyes, Leilani     Location: Outpatient Infusion chair 4
Drug: GLASSIA 1 gram/50 mL single-use vial (ready to use; do not freeze)
Quantity dispensed: 4 vials (4,000 mg nominal; actual functional content per carton 1,000 mg each)
Lot: GA4417B     Manufacturer expiration: 01/2026
Beyond-use (after vial entry): 02/26/2026 15:00 (3 h)
Removed from refrigerator: 11:50   Dispensed to unit: 12:20
Dose to administer: 3,500 mg IV (175 mL) per order #ORD-2290144
Billing (auto-generated from dispense): J0257 x 400 units; J0257-JW x 50 units
Note: vials pulled from overflow refrigerator B (received 10/2025).
Storage check: refrigerator B temperature log 2-8 C, no excursions documented this month.
Labels applied: patient label, "single-use vial - discard unused portion", "use 5 micron filter".
Counseling: not applicable (clinic-administered).
""")

d3 = doc("d3", "lab_report", "2024-06-11", """
C-CDA CONTINUITY OF CARE DOCUMENT - RESULTS SECTION (rendered)
Patient: Leilani Nakashima-Reyes     Birth date: 1981-07-30     Author: Harbor County Hospital Laboratory

Results
  Alpha 1 antitrypsin [Mass/volume] in Serum or Plasma (LOINC 1825-9)
     Value: 31 mg/dL      Interpretation: Low      Reference range: 83-199 mg/dL      Effective: 2024-06-11 09:10
  Alpha 1 antitrypsin phenotype (LOINC 32769-2)
     Value: PiZZ          Interpretation: Abnormal  Reference range: PiMM             Effective: 2024-06-11 09:10
  C reactive protein [Mass/volume] in Serum or Plasma (LOINC 1988-5)
     Value: 0.6 mg/dL     Interpretation: Normal   Reference range: 0.0-0.9 mg/dL     Effective: 2024-06-11 09:10
  Alanine aminotransferase (LOINC 1742-6)
     Value: 58 U/L        Interpretation: High     Reference range: 7-52 U/L          Effective: 2024-06-11 09:10

  Gamma glutamyl transferase (LOINC 2324-2)
     Value: 41 U/L        Interpretation: Normal   Reference range: 7-50 U/L          Effective: 2024-06-11 09:10
  Immunoglobulin A (LOINC 2458-8)
     Value: 164 mg/dL     Interpretation: Normal   Reference range: 70-400 mg/dL      Effective: 2024-06-11 09:10

Narrative: PiZZ phenotype by isoelectric focusing; severe deficiency range. Mild ALT elevation - consider
hepatology evaluation for AATD-associated liver disease.
""")

d4 = doc("d4", "progress_note", "2026-01-08", """
HARBOR COUNTY PULMONARY CLINIC - Progress Note                              01/08/2026
Patient: Leilani Nakashima-Reyes, 44 F     Provider: Owen Castellano, MD     Coverage: State Medicaid

Interval history: Seen for AATD (PiZZ) with emphysema on weekly Glassia since 08/2024. Since starting
augmentation she has had one mild exacerbation (vs four in the year before), and she returned to full-time
work as a school librarian. Dyspnea mMRC 2, unchanged. Never smoked; no vaping. Hepatology follows mild
transaminase elevation (elastography 6.8 kPa, 2025).
Medications: Glassia 60 mg/kg IV weekly; budesonide/glycopyrrolate/formoterol 2 puffs BID; albuterol PRN;
vitamin D 2,000 IU daily; sertraline 100 mg daily.
ROS: no fever, chest pain, hemoptysis, abdominal pain or jaundice. Sleeping well.
Exam: Wt 59.1 kg. BP 108/68. HR 80. SpO2 95% RA. Diminished breath sounds bilateral bases. No edema.
Abdomen soft, liver edge not palpable. No spider angiomata.
PFT 12/2025: post-BD FEV1 0.98 L (35% predicted), FEV1/FVC 0.38. CT 06/2024: diffuse panlobular emphysema,
basal predominance; no bronchiectasis.
Assessment: AATD PiZZ with severe emphysema / COPD - clinically improved on augmentation with fewer
exacerbations; lung function stable over the last year (FEV1 36% -> 35%).
Plan: continue Glassia 60 mg/kg weekly at the hospital infusion center; Medicaid prior authorization
PA-26-0042291 renewed through 12/31/2026. Hepatology follow-up as scheduled. Return 4 months.
O. Castellano, MD
""")

chart = {
    "chart_id": CID,
    "date_of_service": DOS,
    "payer": {"profile": "medicaid", "name": "State Medicaid (fee-for-service)"},
    "prior_authorization": "PA-26-0042291",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 400, "modifiers": []},
        {"hcpcs": "J0257", "units": 50, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [d1, d2, d3, d4],
}

reqs = {r: "met" for r in req_ids("medicaid")}
reqs.update({"units_match_dose": "conflict", "expiration_date": "conflict"})

gold = {
    "chart_id": CID,
    "profile": "medicaid",
    "requirements": reqs,
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 31, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 35},
        {"kind": "fev1", "value": 36},
        {"kind": "weight", "value": 58.6, "unit": "kg", "value_kg": 58.6},
        {"kind": "weight", "value": 59.1, "unit": "kg", "value_kg": 59.1},
        {"kind": "dose", "value": 3500},
        {"kind": "wastage", "value": 500},
        {"kind": "lot_number", "value": "GA4417B"},
        {"kind": "expiration_date", "value": "2026-01"},
        {"kind": "infusion_start", "value": "13:05"},
        {"kind": "infusion_end", "value": "13:52"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "PA-26-0042291"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Glassia"},
    ],
    "notes": (
        "GAP chart (2 gaps). (1) units_match_dose conflict: dose 3,500 mg on J0257 (10 mg) -> ceil(3500/10) = 350, but the "
        "administered line bills 400 (whole 4 vials, auto-generated from dispense). (2) expiration_date conflict: lot GA4417B "
        "EXP 01/2026 -> 2026-01 = end of January, before DOS 2026-02-26 (expired lot). JW 50 = floor(500/10) with 500 mg "
        "waste documented -> wastage met (Medicaid). Weight 58.6 kg (129.2 lb) on DOS; 60 x 58.6 = 3516; |3500-3516| = 0.5 % "
        "-> met. Glassia on J0257 -> code met. PA in chart field and progress note. Traps: order calc 3,516 mg; 4,000 mg "
        "nominal / 1,000 mg per vial; beyond-use date 02/26/2026 15:00 is not the expiration; times 11.50 fridge, 12.20 "
        "dispense, 12.35 check-in, 12.42 VS, 12.50 PIV, 12.58, 13.20, 13.53 waste, 13.55 flush, 14.10, 14.18, print 15.20; "
        "CRP 0.6 mg/dL (mg/dL); reference PiMM and 83-199; sertraline 100 mg, vitamin D 2,000 IU; 59.1 kg (01/08) historical."
    ),
}

emit(chart, gold)
