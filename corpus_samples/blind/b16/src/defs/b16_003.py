from _lib import F, W, reqs, gold

D1 = """KEYSTONE HEALTH PARTNERS
Utilization Management - Pharmacy & Specialty Drug Review
P.O. Box 44718, Harrisburg, PA 17106     Provider line 1-800-555-0164     Fax 1-800-555-0190

January 16, 2026

Brightwater Pulmonary & Critical Care                     VIA FAX: 717-555-0148
Attn: Prior Authorization Coordinator
2200 Linglestown Road, Suite 310
Harrisburg, PA 17110

RE:  PRIOR AUTHORIZATION DETERMINATION - APPROVED
     Member:            RENATA V CASTELLANOS-HYDE
     Member ID:         KHP884120573-01          Group: 0047719
     Date of birth:     09/22/1979
     Plan:              Keystone Choice PPO (commercial, fully insured)
     Requesting MD:     Prakash N. Venkataraman, MD   NPI 1457392018
     Rendering site:    Brightwater Outpatient Infusion (hospital outpatient department)

Dear Dr. Venkataraman:

Keystone Health Partners has completed its review of your request received 01/09/2026 for the
service below. The request has been APPROVED.

  Authorization number:     A1P-26-0031877
  Service:                  Alpha1-proteinase inhibitor (human) - PROLASTIN-C
  HCPCS:                    J0256  (per 10 mg)
  Dosing approved:          60 mg/kg IV once weekly, up to 4,200 mg per week
                            (up to 420 billing units of J0256 per week)
  Approved dates:           01/19/2026 through 01/18/2027
  Site of care:             Hospital outpatient approved through 04/18/2026 (Site of Care exception:
                            first 6 months of therapy). Transition to home or office infusion expected.
  Correspondence ref:       CR-2026-88213 (please quote on calls; this is not an authorization number)

Medical policy applied: MP-RX-0145, Alpha-1 Proteinase Inhibitor Therapy (rev. 10/2025).
Initial coverage criteria (all must be met):
  1. Age 18 years or older;
  2. Pretreatment serum alpha-1 antitrypsin level below 11 micromol/L (below 80 mg/dL by radial
     immunodiffusion or below 57 mg/dL by nephelometry);
  3. High-risk genotype or phenotype: PiZZ, PiZ(null), Pi(null,null), or another rare deficient
     phenotype with a level below 11 micromol/L. PiMZ and PiMS do not qualify;
  4. Clinically evident emphysema;
  5. Post-bronchodilator FEV1 of at least 25% and no more than 80% of predicted;
  6. Non-smoker (no tobacco or nicotine use in the past 6 months);
  7. On optimal conventional therapy (long-acting bronchodilators as indicated);
  8. Least-cost brand (Prolastin-C) unless contraindicated.
Continuation (reauthorization): documentation of clinical benefit (for example, stable or
improved lung function, reduced exacerbation frequency) and continued non-smoking status.

Basis for approval: The submitted records document the required genotype, a pretreatment level
below the policy threshold, emphysema on CT, post-bronchodilator FEV1 within the required range,
and never-smoking status. Prolastin-C is the plan's preferred product.

Wastage: Keystone does not reimburse discarded drug (modifier JW). Bill the administered amount
only. Claims for single-dose drugs with nothing discarded should carry modifier JZ.

This approval is not a guarantee of payment. Payment depends on the member's eligibility and
benefits on the date of service and on claims being submitted per the plan's billing policies.

If you have questions, call Provider Services at 1-800-555-0164, Monday-Friday 8 AM - 6 PM.

Sincerely,
Lorna P. Whitfield, PharmD
Clinical Pharmacist Reviewer, Utilization Management
cc: Member (letter KHP-UM-118)
"""

D2 = """Brightwater Pulmonary & Critical Care
PULMONARY FOLLOW UP

Patient: Renata V. Castellanos-Hyde     DOB: 9/22/1979     MRN: 55018240
Date of Service: 2/10/2026
Provider: Prakash N. Venkataraman, MD
PCP: Hollis M. Tran, DO
Encounter type: Office visit (seen in infusion center, bay 9)

Subjective
Chief Complaint: AATD follow-up, ~3 months on augmentation

HPI:
Renata is a 46 y.o. female with alpha-1 antitrypsin deficiency and panacinar emphysema who
returns for follow-up on weekly Prolastin-C (first infusion 11/04/2025 under the prior plan; new
Keystone authorization effective 1/19/2026).

Pulmonary history (copied forward from 8/12/2025 consult):
Never smoker. Progressive exertional dyspnea since 2022, initially treated as asthma. CT chest
7/2025: diffuse panacinar emphysema, basilar predominant, no nodules. PFT 8/2025: FEV1 1.42 L (52%
predicted) post-bronchodilator, FEV1/FVC 0.51, DLCO 58% - severe obstructive ventilatory defect with
reduced diffusing capacity. AAT 0.14 g/L (ref 0.9-2.0) on 7/18/2025; SERPINA1 genotype PI*Z/Null
(ARUP, Z variant plus a null allele detected by sequencing).

Interval history:
Since starting augmentation she has had no exacerbations (two courses of prednisone in the
year before therapy). Six-minute walk improved from 412 m (10/2025) to 455 m (1/2026). She says
her stamina is better and she is back to walking the dog twice a day. She is tolerating the
infusions well - mild fatigue the evening of infusion, no headaches, no rash, no chest tightness.
Sleep: {blank}
Exercise tolerance: ***

ROS: ***

Current Outpatient Medications
 budesonide-glycopyrrolate-formoterol (BREZTRI AEROSPHERE) 160-9-4.8 mcg/act   2 puffs BID
 albuterol sulfate HFA 90 mcg/act   2 puffs q4-6h PRN
 alpha-1-proteinase inhibitor, human (PROLASTIN-C) 1,000 mg vial   60 mg/kg IV every 7 days
 levonorgestrel IUD (in place since 2023)
 cholecalciferol 1,000 units daily

Allergies: No Known Allergies

Social History
 Tobacco: Never smoker. Vaping: never. Cannabis: none.
 Occupation: elementary school librarian.

Family History
 Brother (48): PI*MZ, AAT 86 mg/dL, no lung disease.
 Father: deceased, cirrhosis (etiology unknown, "never drank").

Objective
BP 118/74 | Pulse 82 | Temp 36.6 C | Resp 16 | Wt 68.4 kg (150 lb 12.8 oz) | SpO2 96%
Wt Readings from Last 3 Encounters:
 02/10/26   68.4 kg (150 lb 12.8 oz)
 01/13/26   69.1 kg (152 lb 5.4 oz)
 12/09/25   69.5 kg (153 lb 3.5 oz)

General: well appearing, conversant, no accessory muscle use
Lungs: mildly decreased breath sounds at bases, no wheeze
CV: RRR, no murmur
Abd: soft, no hepatosplenomegaly
Skin: no panniculitis lesions

Assessment and Plan
1. Alpha-1 antitrypsin deficiency, PI*Z/Null (E88.01) - {AATD severity:***}
   Good early response to augmentation: exacerbation-free since starting, 6MWD up 43 m,
   subjective stamina improved. Continue Prolastin-C 60 mg/kg IV weekly (4 x 1,000 mg vials).
   Repeat spirometry at 6 months (May 2026). Will document response for the reauthorization
   due 1/2027.
2. Panacinar emphysema (J43.1) - continue Breztri, albuterol PRN. Pulmonary rehab completed 12/2025.
3. Liver - AST/ALT normal 12/2025. Annual elastography; hepatology aware.
4. Health maintenance - influenza 10/2025, PCV20 2024, RSV vaccine 11/2025. {Vaccine status:30411}
5. Family screening - brother tested (MZ). Sister declined.

Authorization: Keystone A1P-26-0031877 (approved through 01/18/2027; hospital outpatient site
approved through 4/18/2026 - plan to transition to home infusion in April).

Follow up: 3 months. Infusions weekly.

Prakash N. Venkataraman, MD
Electronically signed 2/10/2026 15:10
"""

D3 = """Brightwater Outpatient Infusion
INFUSION NURSING NOTE

Patient: Castellanos-Hyde, Renata V     MRN: 55018240     DOB: 9/22/1979
Date: 2/10/2026      Arrival: 12:52      Bay: 9
Nurse: Ingrid S. Mallory, RN
Order: alpha-1-proteinase inhibitor, human (PROLASTIN-C) 60 mg/kg IV every 7 days - pharmacy to
round to nearest whole vial. Ordering MD: Venkataraman, Prakash N

Pre-infusion assessment (13:00)
 Temp 36.6 C   BP 118/74   HR 82   RR 16   SpO2 96% RA
 Weight: 86.4 kg
 Lungs: diminished bases, no wheeze. No fever, no new cough, no recent antibiotics.
 Pain score: ***
 Last infusion 2/3/2026 - no reactions reported.
 IgA status on file: normal (IgA 188 mg/dL, 7/2025).

Access
 PIV #22 L forearm, 1 attempt at 13:08, + blood return, flushed with NS 10 mL.

Preparation (pharmacy-dispensed, RN verified at bedside 13:16 with second RN K. Ahn)
 PROLASTIN-C 1,000 mg lyophilized vials x 4, each reconstituted with 20 mL sterile water
 Lot: PC26A0117 (all 4 vials)     Exp: 05/31/2027
 Pooled volume 80 mL via transfer needles into sterile empty bag; 15 micron filter set.

Administration
 Dose administered: 4,000 mg IV (80 mL)
 Infusion started: 13:22      Rate: 0.08 mL/kg/min (approx. 5.5 mL/min)
 13:30  tolerating, no flushing, no dyspnea. BP 116/72 HR 80
 Infusion completed: 13:37   Total infused 80 mL
 Waste: none - 4 full vials infused, nothing discarded.
 Line flushed NS 10 mL 13:38.

Post-infusion (13:50)
 BP 120/76   HR 78   SpO2 96% RA. No adverse reaction.
 Patient education: ***
 PIV removed 13:52, catheter intact.
 Discharged 13:58 ambulatory, self.
 Next appointment: 2/17/2026 13:00

Ingrid S. Mallory, RN      2/10/2026 14:02

ADDENDUM - 2/10/2026 14:20 - Ingrid S. Mallory, RN
Weight documented above (86.4 kg) was entered in error (digits transposed when transcribing from
the chair scale). Patient re-weighed on calibrated chair scale at 14:15 before leaving clinic:
68.4 kg. Dose reviewed with pharmacist T. Delacroix, PharmD: 4,000 mg is within tolerance for
68.4 kg (58.5 mg/kg). No change to administration.
"""

CHART = {
    "chart_id": "b16-003",
    "date_of_service": "2026-02-10",
    "payer": {"profile": "commercial", "name": "Keystone Health Partners - Keystone Choice PPO"},
    "prior_authorization": "A1P-26-0031877",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-01-16", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-02-10", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-02-10", "text": D3},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha-1 antitrypsin deficiency and panacinar emphysema"),
    (F("genotype", alleles=["Z", "NULL"]), "SERPINA1 genotype PI*Z/Null"),
    (F("serum_aat", value=0.14, unit="g/L"), "AAT 0.14 g/L (ref 0.9-2.0)"),
    (F("lung_disease", value="emphysema"), "diffuse panacinar emphysema"),
    (F("lung_disease", value="airflow_obstruction"), "severe obstructive ventilatory defect"),
    (W(68.4), "68.4 kg (150 lb 12.8 oz)"),
    (W(69.1), "69.1 kg (152 lb 5.4 oz)"),
    (W(69.5), "69.5 kg (153 lb 3.5 oz)"),
    (F("fev1", value=52), "FEV1 1.42 L (52%\npredicted) post-bronchodilator"),
    (F("dose", value=4000), "Dose administered: 4,000 mg IV"),
    (F("wastage", value=0), "Waste: none - 4 full vials infused, nothing discarded."),
    (F("lot_number", value="PC26A0117"), "Lot: PC26A0117"),
    (F("expiration_date", value="2027-05-31"), "Exp: 05/31/2027"),
    (F("infusion_start", value="13:22"), "Infusion started: 13:22"),
    (F("infusion_end", value="13:37"), "Infusion completed: 13:37"),
    (F("response_to_therapy"), "Good early response to augmentation"),
    (F("prior_authorization", value="A1P-26-0031877"), "Authorization number:     A1P-26-0031877"),
    (F("smoking_status", value="never"), "Tobacco: Never smoker."),
    (F("drug_product", value="Prolastin-C"), "(PROLASTIN-C) 1,000 mg vial"),
]

GOLD = gold(CHART, "commercial", reqs(
    "commercial",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="met", code_selection="met", smoking_status="met",
    fev1_range="met",
), FINDINGS,
    "Complete. Nursing weight 86.4 kg is superseded by the addendum (entered in error, re-weighed 68.4 kg); "
    "with 86.4 kg the dose would be -22.8 %. Payer letter quotes thresholds (11 micromol/L, 80/57 mg/dL, "
    "FEV1 25-80 %, 6 months non-smoking) and 'up to 4,200 mg per week' - none are patient findings; "
    "CR-2026-88213 is a correspondence reference, not a PA number. Copied-forward pulmonary history "
    "(8/12/2025) holds diagnosis/genotype/level/FEV1, which are valid whenever documented. Brother PI*MZ "
    "86 mg/dL is family. SmartPhrase leftovers (***, {blank}, {AATD severity:***}) document nothing. "
    "Arrival 12:52, PIV 13:08, bedside check 13:16, flush 13:38, discharge 13:58 are not infusion times. "
    "Commercial: JZ with an explicit no-waste statement.")

ARITH = {
    "dos": "2026-02-10",
    "product_dos": ["Prolastin-C"],
    "weight_kg": 68.4, "weight_source": "nursing addendum re-weigh 14:15 (86.4 kg entered in error); MD vitals",
    "dose_mg": 4000, "dose_source": "nursing note: 4 x 1,000 mg vials, 80 mL",
    "vials": [{"product": "Prolastin-C 1000 mg", "mg": 1000}] * 4,
    "code": "J0256", "bu": 10,
    "units_billed": 400, "modifiers_admin": ["JZ"],
    "waste_mg": 0, "jw_units_billed": None,
    "lots": [{"lot": "PC26A0117", "exp": "2027-05-31"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
